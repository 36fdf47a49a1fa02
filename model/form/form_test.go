package form

import (
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/cursor"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/model/theme"
)

func init() { field.CursorMode = cursor.CursorStatic }

var named = map[string]tea.KeyType{
	"enter": tea.KeyEnter, "esc": tea.KeyEsc, "tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab,
	"up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
	"backspace": tea.KeyBackspace, "ctrl+s": tea.KeyCtrlS, "ctrl+n": tea.KeyCtrlN, "ctrl+d": tea.KeyCtrlD,
}

func keyOf(k string) tea.KeyMsg {
	switch {
	case k == "space":
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	case k == "alt+enter":
		return tea.KeyMsg{Type: tea.KeyEnter, Alt: true}
	}
	if t, ok := named[k]; ok {
		return tea.KeyMsg{Type: t}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

// drive sends keys (names, or text typed one rune at a time after "=")
// and returns the form and the last outcome.
func drive(t *testing.T, f Form, keys ...string) (Form, Outcome) {
	t.Helper()
	out := Open
	for _, k := range keys {
		if text, ok := strings.CutPrefix(k, "="); ok {
			for _, r := range text {
				f, _, out = f.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
			}
			continue
		}
		f, _, out = f.Update(keyOf(k))
	}
	return f, out
}

func sample(extra ...Field) Form {
	fields := []Field{
		Line("name", "Name", "Dr Ada", 40).WithRequired("A name is needed."),
		Pick("status", "Status", []string{"to contact", "called", "booked"}, 0),
		Line("phone", "Phone", "", 20),
		Area("notes", "Notes", "", 100),
	}
	fields = append(fields[:2], append(extra, fields[2:]...)...)
	f := New(theme.DefaultStyles(), "Edit", "", fields...)
	f = f.SetSize(80, 24)
	f.FocusCmd()
	return f
}

func plain(f Form) string { return ansi.Strip(f.View()) }

// Values are read by key: a field inserted before others moves no value.
func TestInsertingAFieldMisplacesNothing(t *testing.T) {
	without := sample()
	with := sample(Line("email", "Email", "ada@example.com", 60))
	for name, f := range map[string]Form{"without": without, "with": with} {
		f = f.Focus("phone")
		f, _ = drive(t, f, "=555", "tab", "=called back")
		f = f.Focus("status")
		f, out := drive(t, f, "right", "ctrl+s")
		if out != Submitted {
			t.Fatalf("%s: ctrl+s did not submit", name)
		}
		if f.Value("phone") != "555" || f.Value("notes") != "called back" || f.Value("name") != "Dr Ada" || f.Pick("status") != 1 {
			t.Errorf("%s: phone %q notes %q name %q status %d", name, f.Value("phone"), f.Value("notes"), f.Value("name"), f.Pick("status"))
		}
	}
	if with.Value("email") != "ada@example.com" {
		t.Errorf("the inserted field reads %q", with.Value("email"))
	}
}

// An untouched field gives back what it was given, byte for byte, even
// what it cannot show; an edited one gives back what was typed, cleaned.
func TestUntouchedFieldsKeepTheStoredValue(t *testing.T) {
	odd := "line one\nline two\x07 \x1b[31mred "
	huge := strings.Repeat("x", 150)
	f := New(theme.DefaultStyles(), "t", "",
		Line("odd", "Odd", odd, 100), Area("oddArea", "Odd area", odd, 100),
		Line("huge", "Huge", huge, 100), Area("hugeArea", "Huge area", huge, 100)).SetSize(80, 24)
	for _, k := range []string{"odd", "oddArea", "huge", "hugeArea"} {
		if f.Changed(k) {
			t.Errorf("%s reads as edited on opening", k)
		}
	}
	if f.Dirty() {
		t.Error("the form reads as edited on opening")
	}
	if f.Value("odd") != odd || f.Value("oddArea") != odd || f.Value("huge") != huge || f.Value("hugeArea") != huge {
		t.Error("an untouched field changed its value")
	}
	if strings.Contains(f.View(), "\x1b[31m") || strings.Contains(f.View(), "\x07") {
		t.Error("the stored control characters were drawn")
	}
	f, _ = drive(t, f, "=!")
	if got := f.Value("odd"); got != "line one line two red !" {
		t.Errorf("edited value %q", got)
	}
}

// A text cut on loading is read-only: a key that would change it is
// refused and the field says why; the text is kept whole.
func TestCutFieldsAreReadOnly(t *testing.T) {
	huge := strings.Repeat("y", 150)
	for _, fl := range []Field{Line("k", "Long", huge, 100), Area("k", "Long", huge, 100)} {
		f := New(theme.DefaultStyles(), "t", "", fl).SetSize(80, 24)
		f.FocusCmd()
		if fl.kind == KindArea && !strings.Contains(plain(f), "shown cut, read-only") {
			t.Errorf("the area does not say it is cut:\n%s", plain(f))
		}
		f, _ = drive(t, f, "=z", "backspace")
		if f.Changed("k") || f.Value("k") != huge {
			t.Errorf("kind %d: a cut text took an edit", fl.kind)
		}
		if !strings.Contains(plain(f), "kept whole in the file") {
			t.Errorf("kind %d: the refusal was not explained:\n%s", fl.kind, plain(f))
		}
		f, out := drive(t, f, "ctrl+s")
		if out != Submitted || f.Value("k") != huge {
			t.Errorf("kind %d: saving an untouched cut text", fl.kind)
		}
	}
}

// A limit is counted in characters and refuses a key whole, saying why;
// the problem is cleared by the next edit.
func TestLimitsRefuseAndSayWhy(t *testing.T) {
	for _, fl := range []Field{Line("k", "Name", "", 4), Area("k", "Notes", "", 4)} {
		f := New(theme.DefaultStyles(), "t", "", fl).SetSize(80, 24)
		f.FocusCmd()
		f, _ = drive(t, f, "=王芳王")
		f, _, _ = f.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("芳芳"), Paste: true})
		if got := f.Value("k"); got != "王芳王" {
			t.Errorf("kind %d: a paste over the limit left %q", fl.kind, got)
		}
		if !strings.Contains(plain(f), "✗ That paste would go over the 4-character limit") {
			t.Errorf("kind %d: the paste's refusal is not shown:\n%s", fl.kind, plain(f))
		}
		f, _ = drive(t, f, "=芳")
		if got := f.Value("k"); got != "王芳王芳" || f.Problem("k") != "" {
			t.Errorf("kind %d: four CJK characters: %q, problem %q", fl.kind, got, f.Problem("k"))
		}
		f, _ = drive(t, f, "=x")
		if !strings.Contains(plain(f), "✗ The field is full (4 characters).") {
			t.Errorf("kind %d: typing past the limit is not explained:\n%s", fl.kind, plain(f))
		}
	}
}

// Several runes in one key message are text, whatever they spell, in
// every kind of text field: never a key binding.
func TestBurstsAreText(t *testing.T) {
	words := []string{"up", "down", "tab", "enter", "esc", "left", "right", " ", "ctrl+s", "shift+tab", "ctrl+n", "ctrl+d", "y"}
	for kind, newField := range []func() Field{
		func() Field { return Line("k", "Line", "", 1000) },
		func() Field { return Area("k", "Area", "", 1000) },
		func() Field { return Rows("k", [2]string{"Name", "Dose"}, 1000, [][2]string{{"", ""}}) },
	} {
		for _, paste := range []bool{false, true} {
			fl := newField()
			f := New(theme.DefaultStyles(), "t", "", fl).SetSize(80, 24)
			f.FocusCmd()
			want := ""
			for _, w := range words {
				for _, burst := range []string{"a " + w + " b", w + w} {
					f, _, _ = f.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(burst), Paste: paste})
					want += burst
				}
			}
			got := f.Value("k")
			if fl.kind == KindRows {
				got = f.Rows("k")[0][0]
			}
			if got != want || f.Focused() != "k" || f.Asking() {
				t.Errorf("kind %d paste %v: %q, want %q (focus %s, asking %v)", kind, paste, got, want, f.Focused(), f.Asking())
			}
		}
	}
}

// esc over edits asks once; n (or any other key) stays, y leaves. esc on
// an untouched form leaves at once.
func TestEscAsksOnceOverEdits(t *testing.T) {
	f, out := drive(t, sample(), "esc")
	if out != Left {
		t.Fatal("esc on an untouched form did not leave")
	}
	f, out = drive(t, sample(), "=x", "esc")
	if out != Open || !f.Asking() || !strings.Contains(plain(f), "! Discard your edits? y/n") {
		t.Fatalf("esc over an edit did not ask:\n%s", plain(f))
	}
	f, out = drive(t, f, "n")
	if out != Open || f.Asking() || f.Value("name") != "Dr Adax" {
		t.Fatal("n did not keep the form and its edit")
	}
	_, out = drive(t, f, "esc", "y")
	if out != Left {
		t.Fatal("y did not leave")
	}
	// Letters typed on a pick are not lost without a word.
	f, _ = drive(t, sample().Focus("status"), "=x")
	if !strings.Contains(plain(f), "✗ This is a choice") {
		t.Errorf("a letter typed on a pick said nothing:\n%s", plain(f))
	}
	// A pick changed is an edit too.
	f, _ = drive(t, sample().Focus("status"), "space", "esc")
	if !f.Asking() {
		t.Error("esc after changing a pick did not ask")
	}
}

// A problem is shown in place and the form is not saved; editing the
// field clears it.
func TestProblemsInPlaceAndNotSaved(t *testing.T) {
	date := func(v string) string {
		if v != "" && !strings.HasPrefix(v, "2026-") {
			return "Enter a date like 2026-03-14."
		}
		return ""
	}
	f := New(theme.DefaultStyles(), "t", "",
		Line("name", "Name", "", 40).WithRequired("A name is needed."),
		Line("date", "Date", "", 20).WithCheck(date)).SetSize(80, 24)
	f.FocusCmd()
	f, out := drive(t, f, "ctrl+s")
	if out == Submitted || !strings.Contains(plain(f), "✗ A name is needed.") {
		t.Fatalf("an empty required field was saved:\n%s", plain(f))
	}
	f, _ = drive(t, f, "=Dr Ada")
	if f.Problem("name") != "" {
		t.Error("typing did not clear the problem")
	}
	f, _ = drive(t, f, "tab", "=soon", "tab")
	if f.Focused() != "date" || !strings.Contains(plain(f), "✗ Enter a date") {
		t.Fatalf("leaving a bad date: focus %s\n%s", f.Focused(), plain(f))
	}
	f, out = drive(t, f, "ctrl+s")
	if out == Submitted {
		t.Fatal("a bad date was saved")
	}
	f, _ = drive(t, f, "backspace", "backspace", "backspace", "backspace", "=2026-01-02")
	if _, out = drive(t, f, "ctrl+s"); out != Submitted {
		t.Fatal("a good form was not saved")
	}
}

// Rows are added after the focused row and removed where the focus is;
// the rest keep their values and are numbered again.
func TestRowsAddAndRemove(t *testing.T) {
	f := New(theme.DefaultStyles(), "t", "",
		Line("first", "First", "", 10),
		Rows("meds", [2]string{"Name", "Dose"}, 40, [][2]string{{"Sertraline", "50 mg"}}),
		Area("notes", "Notes", "", 40)).SetSize(80, 24)
	f.FocusCmd()
	if f.Dirty() {
		t.Fatal("dirty on opening")
	}
	f, _ = drive(t, f, "tab", "ctrl+n", "=Vitamin D", "tab", "=1000 IU")
	if got := f.Rows("meds"); len(got) != 2 || got[1] != [2]string{"Vitamin D", "1000 IU"} || got[0] != [2]string{"Sertraline", "50 mg"} {
		t.Fatalf("rows %q", got)
	}
	if !strings.Contains(plain(f), "Name 2") {
		t.Errorf("no second row drawn:\n%s", plain(f))
	}
	f, _ = drive(t, f, "shift+tab", "shift+tab", "shift+tab", "ctrl+d") // on row 1
	if got := f.Rows("meds"); len(got) != 1 || got[0][0] != "Vitamin D" || strings.Contains(plain(f), "Name 2") {
		t.Fatalf("after removing row 1: %q\n%s", got, plain(f))
	}
	f, _ = drive(t, f, "ctrl+d")
	if got := f.Rows("meds"); len(got) != 0 || !strings.Contains(plain(f), "ctrl+n adds one") {
		t.Fatalf("after removing the last row: %q\n%s", got, plain(f))
	}
	// ↑ and ↓ move between rows, in the same column, and leave the rows
	// from the first or the last.
	f, _ = drive(t, f, "ctrl+n", "=A", "tab", "=1", "ctrl+n", "=B", "tab", "=2", "up")
	if f.Focused() != "meds" || f.cell != 1 {
		t.Fatalf("↑ from the second row's dose: focus %s cell %d, want the first row's dose", f.Focused(), f.cell)
	}
	f, _ = drive(t, f, "down", "down")
	if f.Focused() != "notes" {
		t.Fatalf("↓ from the last row went to %s, want the notes", f.Focused())
	}
	f, _ = drive(t, f, "up", "up", "up")
	if f.Focused() != "first" {
		t.Fatalf("↑ from the first row went to %s, want the field above", f.Focused())
	}
	f, _ = drive(t, f, "down", "ctrl+d", "ctrl+d")
	f = f.Focus("first")
	f, _ = drive(t, f, "ctrl+d")
	if !strings.Contains(plain(f), "Move to a row first") {
		t.Errorf("ctrl+d off the rows said nothing:\n%s", plain(f))
	}
	if !f.Dirty() {
		t.Error("removing rows is not an edit")
	}
}

// The keys: tab and ↓ next, shift+tab and ↑ previous (tab wraps, the
// arrows stop), ↑/↓ move inside an area first, space and ←/→ cycle a
// pick, enter moves on and saves on the last field.
func TestTheKeys(t *testing.T) {
	tests := []struct {
		name  string
		start string
		keys  []string
		focus string
		out   Outcome
	}{
		{"tab", "name", []string{"tab"}, "status", Open},
		{"down", "name", []string{"down"}, "status", Open},
		{"shift+tab", "phone", []string{"shift+tab"}, "status", Open},
		{"up", "phone", []string{"up"}, "status", Open},
		{"tab wraps", "notes", []string{"tab"}, "name", Open},
		{"shift+tab wraps", "name", []string{"shift+tab"}, "notes", Open},
		{"up stops", "name", []string{"up"}, "name", Open},
		{"down stops", "notes", []string{"down"}, "notes", Open},
		{"enter moves on", "name", []string{"enter"}, "status", Open},
		{"enter on a pick moves on", "status", []string{"enter"}, "phone", Open},
		{"enter on the last saves", "notes", []string{"enter"}, "notes", Submitted},
		{"ctrl+s anywhere", "status", []string{"ctrl+s"}, "status", Submitted},
		{"down in an area moves lines", "notes", []string{"=a", "alt+enter", "=b", "up", "down"}, "notes", Open},
		{"up leaves an area from its first line", "notes", []string{"=a", "alt+enter", "=b", "up", "up"}, "phone", Open},
	}
	for _, tt := range tests {
		f := sample().Focus(tt.start)
		f.FocusCmd()
		f, out := drive(t, f, tt.keys...)
		if f.Focused() != tt.focus || out != tt.out {
			t.Errorf("%s: focus %s outcome %d, want %s %d", tt.name, f.Focused(), out, tt.focus, tt.out)
		}
	}
	for _, tc := range []struct {
		keys []string
		want int
	}{{[]string{"space"}, 1}, {[]string{"right"}, 1}, {[]string{"left"}, 2}, {[]string{"right", "right", "right"}, 0}} {
		f, _ := drive(t, sample().Focus("status"), tc.keys...)
		if f.Pick("status") != tc.want {
			t.Errorf("%v: pick %d, want %d", tc.keys, f.Pick("status"), tc.want)
		}
	}
}

// The form fits its room at every size, the focused field in view.
func TestViewFits(t *testing.T) {
	long := strings.Repeat("a long label that will not fit the column ", 2)
	for _, size := range [][2]int{{40, 8}, {60, 16}, {80, 24}, {120, 40}} {
		f := New(theme.DefaultStyles(), "A title", strings.Repeat("An intro that goes on. ", 8),
			Line("a", long, "", 40), Pick("b", "Pick", []string{"one", "two", "three", "four", "five", "six"}, 0),
			Rows("c", [2]string{"Name", "Dose"}, 40, [][2]string{{"x", "y"}, {"x", "y"}, {"x", "y"}, {"x", "y"}}),
			Area("d", "Notes", "one\ntwo\nthree\nfour", 100), Line("e", "Last", "", 40)).SetSize(size[0], size[1])
		f = f.Fail("e", strings.Repeat("A problem that takes a few lines to say. ", 3)).Focus("a")
		for step := range 12 {
			v := plain(f)
			lines := strings.Split(v, "\n")
			if len(lines) > size[1] {
				t.Fatalf("%v step %d: %d lines", size, step, len(lines))
			}
			for _, l := range lines {
				if w := ansi.StringWidth(l); w > size[0] {
					t.Fatalf("%v step %d: a line %d wide: %q", size, step, w, l)
				}
			}
			if !strings.Contains(v, "›") {
				t.Fatalf("%v step %d: the focus is out of view:\n%s", size, step, v)
			}
			for i := range f.fields {
				if got, want := f.fieldHeight(i, f.labelWidth()), len(f.fieldLines(i, f.labelWidth())); got != want {
					t.Fatalf("%v step %d field %d: counted %d lines, drew %d", size, step, i, got, want)
				}
			}
			f, _ = drive(t, f, "tab")
		}
	}
}

// Help shows the keys of the focused field's kind.
func TestHelpFollowsTheField(t *testing.T) {
	has := func(f Form, k string) bool {
		for _, b := range f.ShortHelp() {
			if b.Enabled() && b.Help().Key == k {
				return true
			}
		}
		return false
	}
	f := sample()
	if has(f, "space/←/→") || has(f, "alt+enter") || has(f, "ctrl+n") {
		t.Error("a line field's help offers other fields' keys")
	}
	if !has(f.Focus("status"), "space/←/→") || !has(f.Focus("notes"), "alt+enter") {
		t.Error("a pick or an area lacks its key in help")
	}
	f, _ = drive(t, f, "=x", "esc")
	if !has(f, "y") {
		t.Error("while asking, the help is not y/n")
	}
}

// A key the form does not hold is the caller's mistake: it panics rather
// than read an empty value that could be saved over data.
func TestUnknownKeyPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("no panic")
		}
	}()
	sample().Value("fax")
}

// The zero Form, which a screen may hold before it opens one, answers
// without panicking.
func TestZeroForm(t *testing.T) {
	var f Form
	f, _, out := f.Update(keyOf("tab"))
	if out != Open || f.Typing() || f.Focused() != "" || f.View() != "" || len(f.ShortHelp()) != 0 || f.Dirty() {
		t.Error("the zero form is not empty and closed")
	}
}
