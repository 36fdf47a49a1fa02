// Package outreachpane is the outreach pane: the first email to one
// therapist (package outreach), scrolled in a window that says how many
// lines it hides above and below (model/list), with keys to
// tick the concerns in, copy it to the clipboard, save it to a file and
// mark the therapist "asked by email".
package outreachpane

import (
	"github.com/vetted-tui/vetted/model/screen"

	"fmt"
	"io"
	"os"
	"strings"

	"github.com/aymanbagabas/go-osc52/v2"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/list"
	"github.com/vetted-tui/vetted/outreach"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/disk"
)

// CopiedNote is what the status line says after a copy. OSC 52 has no
// answer: the terminal may have ignored it, so the note does not promise.
const CopiedNote = "Message sent to the terminal's clipboard (if your terminal allows it)."

// KeyMap holds the pane's keys.
type KeyMap struct {
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

// DefaultKeyMap returns the pane's keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:       screen.Bind("↑/k", "scroll", "up", "k"),
		Down:     screen.Bind("↓/j", "scroll", "down", "j"),
		PageUp:   screen.Bind("pgup", "page up", "pgup", "b"),
		PageDown: screen.Bind("pgdn/space", "page down", "pgdown", " ", "f"),
		Concerns: screen.Bind("t", "concerns in/out", "t"),
		Copy:     screen.Bind("y", "copy", "y"),
		Save:     screen.Bind("w", "save", "w"),
		Mark:     screen.Bind("m", "mark asked", "m"),
		Back:     screen.Bind("esc", "roster", "esc"),
	}
}

// Model shows the draft for one therapist.
type Model struct {
	common       *screen.Common
	keys         KeyMap
	id           string
	withConcerns bool
	// lines is the draft wrapped to the pane, built on resize; offset is
	// the first line shown.
	lines  []string
	offset int
}

// New returns the pane of the therapist with id, in the notebook of c.
func New(c *screen.Common, id string) Model {
	o := Model{common: c, keys: DefaultKeyMap(), id: id}
	return o.resize()
}

// Typing is false: the pane has no text field, so q and ? work.
func (o Model) Typing() bool { return false }

// Asking is false: the pane asks nothing.
func (o Model) Asking() bool { return false }

// SetSize implements screen.Screen: the pane reads its room from common.
func (o Model) SetSize(int, int) screen.Screen { return o.resize() }

// Update implements screen.Screen.
func (o Model) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	o, cmd := o.update(msg)
	return o, cmd
}

// therapist returns the therapist the draft is for.
func (o Model) therapist() (*store.Therapist, bool) {
	i, ok := o.common.Notebook().Find(o.id)
	if !ok {
		return nil, false
	}
	return &o.common.Notebook().Therapists[i], true
}

// Message is the draft as it stands: answers recorded since the pane
// opened take their questions out.
func (o Model) Message() string {
	t, ok := o.therapist()
	if !ok {
		return ""
	}
	return outreach.Draft(o.common.Notebook(), t, outreach.Options{WithConcerns: o.withConcerns})
}

// outreachHeaderHeight is the lines above the draft: title and the line
// on concerns.
const outreachHeaderHeight = 2

// wheelLines is how far one turn of the mouse wheel scrolls.
const wheelLines = 3

// bodyHeight is the lines the draft is shown in, its "more" lines
// included.
func (o Model) bodyHeight() int { return max(0, o.common.Height-outreachHeaderHeight) }

// page is how far a page key scrolls: the body less its two "more" lines,
// less one line kept in view.
func (o Model) page() int { return max(1, o.bodyHeight()-3) }

// resize wraps the draft to the pane again, keeping the scroll position
// where it still exists.
func (o Model) resize() Model {
	if o.common == nil {
		return o // never opened
	}
	// The draft is plain text, cleaned by package outreach; wrap it to the
	// pane so a long question is read whole rather than cut.
	o.lines = strings.Split(cell.Wrap(o.Message(), max(1, o.common.Width)), "\n")
	return o.scroll(0)
}

// scroll moves the window d lines, within the draft.
func (o Model) scroll(d int) Model {
	o.offset = list.Scroll(o.offset, d, len(o.lines), o.bodyHeight())
	return o
}

func (o Model) update(msg tea.Msg) (Model, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		if mm, ok := msg.(tea.MouseMsg); ok && mm.Action == tea.MouseActionPress {
			switch mm.Button {
			case tea.MouseButtonWheelUp:
				return o.scroll(-wheelLines), nil
			case tea.MouseButtonWheelDown:
				return o.scroll(wheelLines), nil
			}
		}
		return o, nil
	}
	switch {
	case key.Matches(k, o.keys.Up):
		o = o.scroll(-1)
	case key.Matches(k, o.keys.Down):
		o = o.scroll(1)
	case key.Matches(k, o.keys.PageUp):
		o = o.scroll(-o.page())
	case key.Matches(k, o.keys.PageDown):
		o = o.scroll(o.page())
	case key.Matches(k, o.keys.Concerns):
		o.withConcerns = !o.withConcerns
		o = o.resize()
	case key.Matches(k, o.keys.Copy):
		return o, copyCmd(o.common.Terminal, o.Message())
	case key.Matches(k, o.keys.Save):
		return o, saveMessageCmd(o.Message(), o.common.ExportDir, o.common.Encrypted)
	case key.Matches(k, o.keys.Mark):
		return o, screen.Send(screen.MarkAskedMsg{ID: o.id})
	case key.Matches(k, o.keys.Back):
		return o, screen.Send(screen.BackMsg{})
	}
	return o, nil
}

// ShortHelp implements screen.Screen.
func (o Model) ShortHelp() []key.Binding {
	// esc first: a narrow window cuts the end, and the header names t.
	return []key.Binding{o.keys.Back, o.keys.Copy, o.keys.Save, o.keys.Mark, o.keys.Concerns}
}

// FullHelp implements screen.Screen.
func (o Model) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{o.keys.Up, o.keys.Down, o.keys.PageUp, o.keys.PageDown},
		{o.keys.Concerns, o.keys.Copy, o.keys.Save, o.keys.Mark},
		{o.keys.Back},
	}
}

// View implements screen.Screen.
func (o Model) View() string {
	w := o.common.Width
	if w <= 0 || o.common.Height <= 0 {
		return ""
	}
	s := o.common.Styles
	t, ok := o.therapist()
	if !ok {
		return s.Muted.Render("This therapist is no longer in the notebook.")
	}
	name, _ := safetext.Head(t.Name, 200)
	n := outreach.Count(o.common.Notebook(), t)
	title := s.Title.Render("Message to "+strings.TrimSpace(safetext.Line(name))) +
		s.Muted.Render(fmt.Sprintf(" · %d open questions", n))
	box := "[ ]"
	if o.withConcerns {
		box = "[x]"
	}
	concerns := s.Muted.Render(box + " my concerns included (t) · status: " + t.Status.Text())
	pct := ""
	if last := list.Last(len(o.lines), o.bodyHeight()); last > 0 {
		pct = fmt.Sprintf(" · %d%%", o.offset*100/last)
	}
	head := cell.Cut(title+s.Muted.Render(pct), w) + "\n" + cell.Cut(concerns, w)
	return head + "\n" + cell.CutLines(strings.Join(list.Cut(o.lines, o.offset, o.bodyHeight(), s.Muted), "\n"), w)
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
		if _, err := seq.WriteTo(w); err != nil {
			return screen.StatusMsg{Text: "Could not send the message to the terminal's clipboard: " + err.Error() + ". Save it with w instead.", Err: true}
		}
		return screen.StatusMsg{Text: CopiedNote}
	}
}

// messageFileName is the name a saved message takes in the export folder;
// a taken name counts up (vetted-message-2.txt ...).
const messageFileName = "vetted-message.txt"

// saveMessageCmd writes text to a new file in dir, never over an existing
// one (see disk.WriteNewExport). From an encrypted notebook the news
// says that the file is not encrypted.
func saveMessageCmd(text, dir string, encrypted bool) tea.Cmd {
	warning := disk.PlaintextWarning(encrypted, "The message")
	return func() tea.Msg {
		path, err := disk.WriteNewExport(dir, messageFileName, func(w io.Writer) error {
			_, err := io.WriteString(w, text)
			return err
		})
		if err != nil {
			return screen.StatusMsg{Text: "The message was not saved: " + err.Error(), Err: true}
		}
		if warning != "" {
			// The warning first: a narrow status line cuts the path.
			return screen.StatusMsg{Text: warning + " Saved to " + path + "."}
		}
		return screen.StatusMsg{Text: "Saved the message to " + path + " (readable by you alone)."}
	}
}
