package model

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/aymanbagabas/go-osc52/v2"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/outreach"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// The outreach pane: the first email to one therapist (package outreach),
// in a scrollable viewport, with keys to tick the concerns in, copy it to
// the clipboard, save it to a file and mark the therapist "asked by email".

// markAskedMsg asks the root to set a therapist's outreach step to "asked
// by email".
type markAskedMsg struct{ id string }

// messageCopiedMsg reports that the copy sequence was written, or why not.
type messageCopiedMsg struct{ err error }

// messageSavedMsg reports where the message was saved, or why it was not.
type messageSavedMsg struct {
	path string
	err  error
}

// copiedNote is what the status line says after a copy. OSC 52 has no
// answer: the terminal may have ignored it, so the note does not promise.
const copiedNote = "Message sent to the terminal's clipboard (if your terminal allows it)."

// outreachKeyMap holds the pane's keys.
type outreachKeyMap struct {
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Concerns key.Binding
	Copy     key.Binding
	Save     key.Binding
	Mark     key.Binding
	Back     key.Binding
}

func defaultOutreachKeyMap() outreachKeyMap {
	return outreachKeyMap{
		Up:       bind("↑/k", "scroll", "up", "k"),
		Down:     bind("↓/j", "scroll", "down", "j"),
		PageUp:   bind("pgup", "page up", "pgup", "b"),
		PageDown: bind("pgdn/space", "page down", "pgdown", " ", "f"),
		Concerns: bind("t", "concerns in/out", "t"),
		Copy:     bind("y", "copy", "y"),
		Save:     bind("w", "save", "w"),
		Mark:     bind("m", "mark asked", "m"),
		Back:     bind("esc", "roster", "esc"),
	}
}

// outreachModel shows the draft for one therapist.
type outreachModel struct {
	common       *common
	keys         outreachKeyMap
	id           string
	withConcerns bool
	vp           viewport.Model
}

func newOutreach(c *common, id string) outreachModel {
	vp := viewport.New(0, 0)
	// The pane's own keys scroll it; the viewport's defaults (u, d, h, l)
	// would shadow them.
	vp.KeyMap = viewport.KeyMap{}
	vp.MouseWheelEnabled = true
	o := outreachModel{common: c, keys: defaultOutreachKeyMap(), id: id, vp: vp}
	return o.resize()
}

// typing is false: the pane has no text field, so q and ? work.
func (o outreachModel) typing() bool { return false }

// therapist returns the therapist the draft is for.
func (o outreachModel) therapist() (*store.Therapist, bool) {
	i, ok := o.common.nb.Find(o.id)
	if !ok {
		return nil, false
	}
	return &o.common.nb.Therapists[i], true
}

// message is the draft as it stands: answers recorded since the pane
// opened take their questions out.
func (o outreachModel) message() string {
	t, ok := o.therapist()
	if !ok {
		return ""
	}
	return outreach.Draft(o.common.nb, t, outreach.Options{WithConcerns: o.withConcerns})
}

// headerHeight is the lines above the viewport: title and the line on
// concerns.
const outreachHeaderHeight = 2

// resize fits the viewport to the body and reloads the draft.
func (o outreachModel) resize() outreachModel {
	if o.common == nil {
		return o // never opened
	}
	o.vp.Width = max(0, o.common.width)
	o.vp.Height = max(0, o.common.height-outreachHeaderHeight)
	// The draft is plain text, cleaned by package outreach; wrap it to the
	// pane so a long question is read whole rather than cut.
	o.vp.SetContent(wrap(o.message(), max(1, o.vp.Width)))
	return o
}

func (o outreachModel) update(msg tea.Msg) (outreachModel, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		if mm, ok := msg.(tea.MouseMsg); ok {
			var cmd tea.Cmd
			o.vp, cmd = o.vp.Update(mm)
			return o, cmd
		}
		return o, nil
	}
	switch {
	case key.Matches(k, o.keys.Up):
		o.vp.ScrollUp(1)
	case key.Matches(k, o.keys.Down):
		o.vp.ScrollDown(1)
	case key.Matches(k, o.keys.PageUp):
		o.vp.PageUp()
	case key.Matches(k, o.keys.PageDown):
		o.vp.PageDown()
	case key.Matches(k, o.keys.Concerns):
		o.withConcerns = !o.withConcerns
		off := o.vp.YOffset
		o = o.resize()
		o.vp.SetYOffset(off)
	case key.Matches(k, o.keys.Copy):
		return o, copyCmd(o.common.terminal, o.message())
	case key.Matches(k, o.keys.Save):
		return o, saveMessageCmd(o.message(), o.common.exportDir)
	case key.Matches(k, o.keys.Mark):
		return o, sendMsg(markAskedMsg{id: o.id})
	case key.Matches(k, o.keys.Back):
		return o, sendMsg(backMsg{})
	}
	return o, nil
}

func (o outreachModel) shortHelp() []key.Binding {
	// esc first: a narrow window cuts the end, and the header names t.
	return []key.Binding{o.keys.Back, o.keys.Copy, o.keys.Save, o.keys.Mark, o.keys.Concerns}
}

func (o outreachModel) fullHelp() [][]key.Binding {
	return [][]key.Binding{
		{o.keys.Up, o.keys.Down, o.keys.PageUp, o.keys.PageDown},
		{o.keys.Concerns, o.keys.Copy, o.keys.Save, o.keys.Mark},
		{o.keys.Back},
	}
}

func (o outreachModel) view() string {
	w := o.common.width
	if w <= 0 || o.common.height <= 0 {
		return ""
	}
	s := o.common.styles
	t, ok := o.therapist()
	if !ok {
		return s.Muted.Render("This therapist is no longer in the notebook.")
	}
	name, _ := safetext.Head(t.Name, 200)
	n := outreach.Count(o.common.nb, t)
	title := s.Title.Render("Message to "+strings.TrimSpace(safetext.Line(name))) +
		s.Muted.Render(fmt.Sprintf(" · %d open questions", n))
	box := "[ ]"
	if o.withConcerns {
		box = "[x]"
	}
	concerns := s.Muted.Render(box + " my concerns included (t) · status: " + t.Status.Text())
	pct := ""
	if o.vp.TotalLineCount() > o.vp.Height {
		pct = fmt.Sprintf(" · %d%%", int(o.vp.ScrollPercent()*100))
	}
	head := cell.Cut(title+s.Muted.Render(pct), w) + "\n" + cell.Cut(concerns, w)
	return head + "\n" + cell.CutLines(o.vp.View(), w)
}

// copyCmd writes text to the terminal as an OSC 52 clipboard sequence
// (through tmux or screen when vetted runs inside one). The sequence goes
// to the terminal directly, never into View, which is drawn and diffed.
func copyCmd(w io.Writer, text string) tea.Cmd {
	return func() tea.Msg {
		seq := osc52.New(text)
		switch {
		case os.Getenv("TMUX") != "":
			seq = seq.Tmux()
		case strings.HasPrefix(os.Getenv("TERM"), "screen"):
			seq = seq.Screen()
		}
		_, err := seq.WriteTo(w)
		return messageCopiedMsg{err: err}
	}
}

// messageFileName is the name a saved message takes in the export folder;
// a taken name counts up (vetted-message-2.txt ...).
const messageFileName = "vetted-message.txt"

// saveMessageCmd writes text to a new file in dir, never over an existing
// one (see writeFreeFile).
func saveMessageCmd(text, dir string) tea.Cmd {
	return func() tea.Msg {
		path, err := writeFreeFile(dir, messageFileName, func(w io.Writer) error {
			_, err := io.WriteString(w, text)
			return err
		})
		return messageSavedMsg{path: path, err: err}
	}
}
