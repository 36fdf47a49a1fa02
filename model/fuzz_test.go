package model

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/model/compare"
	"github.com/vetted-tui/vetted/model/ledger"
	"github.com/vetted-tui/vetted/model/ondisk"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/disk"
)

// FuzzModel feeds random key, paste, mouse-wheel and resize sequences, and
// the results of the saves they ask for, to the root Update, starting on
// each screen of the demo notebook, and checks after every message:
//
//   - nothing panics;
//   - the notebook never changes unless that step returned a save (the
//     revision went up);
//   - the view is never wider than a window of at least MinWidth×MinHeight,
//     nor taller;
//   - the view holds no control byte but the newline (colour is off in
//     tests, so not even a styling escape).
//
// Commands that only carry UI messages are run and their messages fed
// back, as Bubble Tea would; saves, exports, reloads, copies and the quit
// timer are never run (they do I/O or sleep): a save is answered by a
// result the fuzz input picks (done, disk full, changed on disk).
//
//	go test ./model -run '^$' -fuzz FuzzModel -fuzztime 60s
func FuzzModel(f *testing.F) {
	for _, seed := range [][]byte{
		{0},
		{1, 'N', 'e', 'w', 0x80 | 1, 0x80 | 2},
		{2, 0x80 | 0, 0x80 | 0, '3', 0x80 | 0, 'y', 0x80 | 0, 0xf0, 3, 0},
		{3, 's', 'd', 'h', 0x80 | 3, 'x', 0xf1, 59, 15, 0x80 | 4},
		{4, 0x80 | 3, 0x80 | 0, 'e', '2', '0', '0', 0x80 | 0, 0xf2, 0},
		{5, 'j', ' ', 'k', ' ', 0xf1, 200, 100, 0xf0, 2, 1},
		{2, 0xf3, 12, '\x1b', '[', '3', '1', 'm', 'h', 'i', '\r', '\n', 0x07, 0xe2, 0x80, 0xae},
		{7, 0x80 | 0, 'A', 'n', 'n', 0xf5, 0, 0x80 | 15},
		{8, 0x80 | 5, 0x80 | 0, 0xf6, 9, 'g', 'o', 'e', 's', ' ', 'u', 'p', ' ', 'x', 0x80 | 0},
		{9, 't', 0xf5, 5, 'm', 0x80 | 1},
		{10, 0xf5, 7, 0x80 | 14, 0x80 | 0},
		{11, 'r', 0xf6, 4, 'e', 'n', 'd', 'x', 0x80 | 14},
		{12, 'a', 0xf6, 6, 'd', 'o', 'w', 'n', ' ', 'y', 0x80 | 0, 0x80 | 1},
		{13, 0xf5, 2, 'a', 'b', 0x80 | 0},
		{14, 'i', 0xf5, 3},
		{3, '?', '?', '?', 0xf0, 60, 16, '?'},
		// The screens added last, each with a burst: What to expect,
		// check-ins, a check-in's form, recently deleted.
		{16, 0xf5, 0, 'j', 0xf6, 5, 'e', 'n', 'd', ' ', 'q', 0x80 | 1},
		{17, 0xf5, 1, 'n', 0xf6, 6, 'd', 'o', 'w', 'n', ' ', 'y', 0x80 | 15},
		{18, 0xf6, 9, 'h', 'o', 'm', 'e', ' ', 't', 'a', 'b', '?', 0x80 | 2, 0xf5, 2, 0x80 | 15},
		{19, 0xf5, 17, 'r', 0xf6, 2, 'd', 'y', 0x80 | 1},
	} {
		f.Add(seed)
	}
	path := filepath.Join(f.TempDir(), "notebook.json")
	// Exports never run here (see send); one folder serves every input,
	// rather than a new one made for each.
	exportDir := f.TempDir()
	file, _, err := disk.Open(path) // no file yet; nothing is ever saved
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { _ = file.Close() })
	if !waits(tea.Tick(0, nil)) || waits(screen.Send(nil)) {
		f.Fatal("waits no longer tells a timer from a message")
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d := &fuzzDriver{t: t, file: file, exportDir: exportDir}
		d.start(data)
		for steps := 0; len(d.in) > 0 && steps < 300 && !d.quit; steps++ {
			d.send(d.next())
		}
	})
}

// fuzzDriver plays one fuzz input against a Model.
type fuzzDriver struct {
	t    *testing.T
	file *disk.File
	// exportDir is where the app would write exports.
	exportDir string
	m         Model
	in        []byte
	quit      bool
	// saves are the revisions whose save commands were held back, oldest
	// first, waiting for a result the input picks.
	saves []uint64
	depth int
	// lastNB was encoded as lastEncoded after the last message.
	lastNB      *store.Notebook
	lastEncoded []byte
}

// startScreen is a screen to start on: the keys that open it from the
// roster of the demo notebook, and the kind of screen they open.
type startScreen struct {
	name string
	keys []string
	kind screenKind
}

// startScreens open every screen; a first byte picks one. The welcome is
// the one that starts elsewhere: on a first run, with no notebook yet.
var startScreens = []startScreen{
	{"roster", nil, screenRoster},
	{"details", []string{"e"}, screenDetails},
	{"interview", []string{"enter"}, screenInterview},
	{"compare", []string{"c"}, screenCompare},
	{"priorities", []string{"c", "i"}, screenPriorities},
	{"prep", []string{"p"}, screenPrep},
	{"details-new", []string{"a"}, screenDetails}, // a new therapist
	{"welcome", nil, screenWelcome},
	{"profile", []string{"m"}, screenProfile},
	{"outreach", []string{"o"}, screenOutreach},
	{"verify", []string{"v"}, screenForm},             // a credential check
	{"prep-item", []string{"p", "enter"}, screenForm}, // a preparation item
	{"questions", []string{"Q"}, screenQuestions},
	{"questions-interview", []string{"enter", "ctrl+o"}, screenQuestions}, // from the interview, back to it on esc
	{"questions-compare", []string{"c", "Q"}, screenQuestions},            // from the comparison
	{"welcome-encrypt", []string{encryptChoice}, screenEncrypt},           // the welcome's passphrase form
	{"expect", []string{"p", "w"}, screenExpect},                          // What to expect, from preparation
	{"check-ins", []string{"s", "s", "C"}, screenCheckIns},                // the first therapist chosen: Declined, then Chosen
	{"check-in", []string{"s", "s", "C", "n"}, screenCheckIn},             // a new check-in's form
	{"deleted", []string{"d", "y", "D"}, screenRoster},                    // recently deleted, on the roster
}

func (d *fuzzDriver) start(data []byte) {
	first := startScreen{}
	if len(data) > 0 {
		first = startScreens[int(data[0])%len(startScreens)]
		d.in = data[1:]
	}
	if first.kind == screenWelcome || first.kind == screenEncrypt {
		d.m = New(Options{File: d.file, Notebook: store.New(), FirstRun: true, ExportDir: d.exportDir})
	} else {
		d.m = New(Options{File: d.file, Notebook: demo.Notebook(), ExportDir: d.exportDir})
	}
	d.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	for _, k := range first.keys {
		d.send(keyMsg(k))
	}
}

func (d *fuzzDriver) byte() byte {
	if len(d.in) == 0 {
		return 0
	}
	b := d.in[0]
	d.in = d.in[1:]
	return b
}

// fuzzKeys are the special keys a byte with the high bit set picks.
var fuzzKeys = []tea.KeyType{
	tea.KeyEnter, tea.KeyEsc, tea.KeyTab, tea.KeyShiftTab, tea.KeyUp, tea.KeyDown,
	tea.KeyLeft, tea.KeyRight, tea.KeySpace, tea.KeyBackspace, tea.KeyDelete,
	tea.KeyHome, tea.KeyEnd, tea.KeyPgUp, tea.KeyPgDown, tea.KeyCtrlS, tea.KeyCtrlK,
	tea.KeyCtrlN, tea.KeyCtrlP, tea.KeyCtrlLeft, tea.KeyCtrlRight, tea.KeyCtrlC,
	tea.KeyCtrlA, tea.KeyCtrlE, tea.KeyCtrlU, tea.KeyCtrlW, tea.KeyCtrlD, tea.KeyCtrlH,
	tea.KeyCtrlR, tea.KeyCtrlO, // the changed-on-disk prompt's choices: 0x80|28, 0x80|29
}

// saveErrors are the results a held save can end with.
var saveErrors = []error{
	nil,
	errors.New("vetted: cannot save /x/notebook.json: no space left on device"),
	fmt.Errorf("wrapped: %w", disk.ErrChangedOnDisk),
}

// burstWords are key names typed as text, the bursts that matched
// bindings before every burst was split (issue 13 §3).
var burstWords = []string{"up", "down", "enter", "tab", "home", "end", "esc", "left", "right",
	"pgdown", "space", "ctrl+c", "ctrl+s", "ctrl+r", "ctrl+o", "dy", "yes", "q", "?", "alt+enter"}

// next decodes one message: 0xf0 a resize (two bytes), 0xf1 a wheel turn,
// 0xf2 the result of the oldest held save, 0xf3 a paste (a length, then
// that many raw bytes), 0xf4 a run of one repeated rune, 0xf5 a burst
// spelling a key's name, 0xf6 a burst of typed runes that is no paste (a
// length, then that many raw bytes); other bytes with
// the high bit set a special key (0xc0 and up with alt), and the rest one
// typed rune (control bytes included).
func (d *fuzzDriver) next() tea.Msg {
	b := d.byte()
	switch {
	case b == 0xf0:
		return tea.WindowSizeMsg{Width: int(d.byte()), Height: int(d.byte()) % 80}
	case b == 0xf1:
		btn := tea.MouseButtonWheelUp
		if d.byte()%2 == 1 {
			btn = tea.MouseButtonWheelDown
		}
		return tea.MouseMsg{Button: btn, Action: tea.MouseActionPress, X: 10, Y: 10}
	case b == 0xf2:
		return d.saveResult(saveErrors[int(d.byte())%len(saveErrors)])
	case b == 0xf3:
		n := min(int(d.byte())%48, len(d.in))
		text := string(d.in[:n])
		d.in = d.in[n:]
		return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(text), Paste: true}
	case b == 0xf4:
		r := d.rune()
		return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(strings.Repeat(string(r), 2+int(d.byte())%6))}
	case b == 0xf5:
		return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(burstWords[int(d.byte())%len(burstWords)])}
	case b == 0xf6:
		n := min(int(d.byte())%24, len(d.in))
		text := []rune(string(d.in[:n]))
		d.in = d.in[n:]
		if len(text) == 0 {
			text = []rune{'x'}
		}
		return tea.KeyMsg{Type: tea.KeyRunes, Runes: text}
	case b >= 0x80:
		k := tea.KeyMsg{Type: fuzzKeys[int(b&0x3f)%len(fuzzKeys)], Alt: b >= 0xc0}
		if k.Type == tea.KeySpace {
			k.Runes = []rune{' '}
		}
		return k
	}
	d.in = append([]byte{b}, d.in...)
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{d.rune()}}
}

// rune decodes one typed rune: ASCII as it is (control bytes too), and a
// few bytes that stand for wide, combining and invisible characters.
func (d *fuzzDriver) rune() rune {
	b := d.byte()
	wide := []rune{'あ', '語', '🙂', '\u0301', '\u202e', '\u200b', 'é', '\u00a0'}
	if b >= 0x80 {
		return wide[int(b)%len(wide)]
	}
	return rune(b)
}

// saveResult answers the oldest held save, or is a harmless resize to the
// current size when none is held.
func (d *fuzzDriver) saveResult(err error) tea.Msg {
	if len(d.saves) == 0 {
		return tea.WindowSizeMsg{Width: d.m.width, Height: d.m.height}
	}
	rev := d.saves[0]
	d.saves = d.saves[1:]
	return ledger.Saved{Rev: rev, Err: err}
}

// send gives msg to Update, checks the invariants, and runs the command
// unless it does I/O or waits.
func (d *fuzzDriver) send(msg tea.Msg) {
	d.t.Helper()
	if d.quit || d.depth > 40 {
		return
	}
	d.depth++
	defer func() { d.depth-- }()
	nb := d.m.nb()
	before := d.lastEncoded
	if nb != d.lastNB {
		var err error
		if before, err = store.Encode(nb); err != nil {
			d.t.Fatal(err)
		}
	}
	rev, busy := d.m.saves.Rev(), d.m.conflict.Busy
	next, cmd := d.m.Update(msg)
	d.m = next.(Model)
	after, err := store.Encode(d.m.nb())
	if err != nil {
		d.t.Fatal(err)
	}
	// The next message starts from this notebook as it is now: no need
	// to encode it again.
	d.lastNB, d.lastEncoded = d.m.nb(), after
	// Another notebook on view (the demo tried from the welcome screen,
	// and left again) is no change to either; the demo's own changes are
	// never saved, by design.
	if d.m.nb() == nb && !d.m.demo && !bytes.Equal(before, after) && d.m.saves.Rev() == rev {
		d.t.Fatalf("%#v changed the notebook without a save", msg)
	}
	d.checkView(msg)
	switch {
	case d.m.saves.Rev() != rev:
		// A save (perhaps batched with UI commands): hold it back.
		for r := rev + 1; r <= d.m.saves.Rev(); r++ {
			d.saves = append(d.saves, r)
		}
	case d.m.saves.Quitting(), !busy && d.m.conflict.Busy:
		// The quit timer sleeps; a reload or copy does I/O. Answer
		// the reload as if the file held what is in memory.
		if d.m.conflict.Busy {
			d.answerConflict()
		}
	default:
		if _, ok := msg.(compare.ExportRequestMsg); ok {
			d.send(compare.ExportDoneMsg{Path: filepath.Join(d.m.common.ExportDir, "vetted-comparison.md")})
			return
		}
		d.run(cmd)
	}
}

// answerConflict ends a reload or copy the prompt started without I/O: a
// reload that finds the file holding what is in memory, or a failed copy.
func (d *fuzzDriver) answerConflict() {
	if d.byte()%2 == 0 {
		d.send(ondisk.CopiedMsg{Err: errors.New("vetted: cannot save a copy: no space left on device")})
		return
	}
	nb := d.m.nb().Clone()
	d.send(ondisk.ReloadedMsg{Notebook: nb, Report: ledger.Reapply(nb, d.m.saves.Answers())})
}

// waits reports whether cmd is one that sleeps before its message: a
// cursor blink (the priorities screen's budget field blinks) or a
// tea.Tick. It is told by the function it is, not by how long it takes.
func waits(cmd tea.Cmd) bool {
	name := runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name()
	return strings.Contains(name, "bubbles/cursor.(*Model).BlinkCmd") || strings.Contains(name, "bubbletea.Tick") || watchWaits(cmd)
}

// run runs a command that carries UI messages and feeds them back.
func (d *fuzzDriver) run(cmd tea.Cmd) {
	if cmd == nil || waits(cmd) {
		return
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.QuitMsg:
		d.quit = true
	case tea.BatchMsg:
		for _, c := range msg {
			d.run(c)
		}
	default:
		if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
			for i := 0; i < v.Len(); i++ {
				d.run(v.Index(i).Interface().(tea.Cmd))
			}
			return
		}
		d.send(msg)
	}
}

// checkView checks the view's width, height and bytes.
func (d *fuzzDriver) checkView(msg tea.Msg) {
	d.t.Helper()
	view := d.m.View()
	if !utf8.ValidString(view) {
		d.t.Fatalf("after %#v the view is not valid UTF-8:\n%q", msg, view)
	}
	for i, r := range view {
		if (r < 0x20 && r != '\n') || (0x7f <= r && r < 0xa0) {
			d.t.Fatalf("after %#v the view holds %U at byte %d:\n%s", msg, r, i, view)
		}
	}
	if d.m.width < MinWidth || d.m.height < MinHeight {
		return
	}
	lines := strings.Split(view, "\n")
	if len(lines) > d.m.height {
		d.t.Fatalf("after %#v the view is %d lines in a window of %d:\n%s", msg, len(lines), d.m.height, view)
	}
	for _, l := range lines {
		if w := lipgloss.Width(l); w > d.m.width {
			d.t.Fatalf("after %#v a line is %d wide in a window of %d:\n%q", msg, w, d.m.width, l)
		}
	}
}

// TestFuzzInputsReachEveryState checks the decoding that FuzzModel relies
// on: its inputs do reach each screen and the changed-on-disk prompt.
func TestFuzzInputsReachEveryState(t *testing.T) {
	file, _, err := disk.Open(filepath.Join(t.TempDir(), "notebook.json"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = file.Close() })
	play := func(data ...byte) *fuzzDriver {
		d := &fuzzDriver{t: t, file: file, exportDir: t.TempDir()}
		d.start(data)
		for len(d.in) > 0 && !d.quit {
			d.send(d.next())
		}
		return d
	}
	for i, s := range startScreens {
		d := play(byte(i))
		if got := d.m.kind(); got != s.kind {
			t.Errorf("start byte %d opens screen %s, want %s", i, got, s.kind)
		}
		if s.name == "deleted" && !strings.Contains(d.m.View(), "Recently deleted · 1") {
			t.Errorf("start byte %d does not show recently deleted:\n%s", i, d.m.View())
		}
	}
	d := play(0, 's', 0xf2, 2)
	if !d.m.conflict.Open || d.m.saves.Rev() != 1 {
		t.Fatalf("a status change whose save is refused: prompt open %v, rev %d", d.m.conflict.Open, d.m.saves.Rev())
	}
	if d := play(0, 's', 0xf2, 2, 0x80|28, 1); d.m.conflict.Open || d.m.saves.OnDisk() != d.m.saves.Rev() {
		t.Fatalf("r then a reload: prompt open %v, rev %d, on disk %d", d.m.conflict.Open, d.m.saves.Rev(), d.m.saves.OnDisk())
	}
	if d := play(0, 0xf0, 80, 24); d.m.width != 80 || d.m.height != 24 {
		t.Fatalf("resize gave %dx%d", d.m.width, d.m.height)
	}
}
