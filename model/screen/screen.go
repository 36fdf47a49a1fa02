// Package screen is the contract between vetted's root model (package
// model) and its screens, each a package of its own under model/.
//
// The root holds a stack of Screens: opening one pushes it (PushMsg), esc
// or back pops it (BackMsg), and the bottom of the stack is the top level,
// where q quits. A screen reads the notebook through Common and never
// changes it: it sends one of the messages of events.go up, the root
// changes the notebook, saves, and tells the screen on top (ChangedMsg).
// Screen packages import this one, model/theme and the pure packages,
// never model itself.
package screen

import (
	"io"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/assess"
	"github.com/vetted-tui/vetted/model/statusline"
	"github.com/vetted-tui/vetted/model/theme"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/crypt"
)

// Screen is one screen of the stack.
type Screen interface {
	// Update handles one message: a key (already cleaned and split by
	// the root, see model/typeahead.go), a ChangedMsg, or a message
	// its own commands sent.
	Update(msg tea.Msg) (Screen, tea.Cmd)
	// View draws the body, within the size of the last SetSize.
	View() string
	// SetSize fits the screen to a body of width × height cells. The
	// root calls it whenever the screen comes on top or the room changes.
	SetSize(width, height int) Screen
	// ShortHelp and FullHelp are the screen's keys for the help line and
	// for ? (help.KeyMap); the root adds the global keys.
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
	// Typing reports whether printable keys are text here (a field, a
	// yes/no question): then q and ? reach the screen, and a burst of
	// runes is inserted as text, never read as keys.
	Typing() bool
	// Asking reports whether a yes/no question is on screen: keys typed
	// before it was drawn are not its answer (the type-ahead guard).
	Asking() bool
}

// Refresher is a Screen that reads the notebook again when it comes back
// on top (the screen above it closed, and may have changed the notebook),
// or when the notebook was replaced by a reload from disk. ok false says
// what it showed is gone (the therapist was deleted): the root drops it
// and the screens above it. A screen that is not a Refresher keeps its
// state on coming back, and is dropped after a reload.
type Refresher interface {
	Refresh() (next Screen, cmd tea.Cmd, ok bool)
}

// Leaver is a Screen with something to say once it is closed (BackMsg):
// the root pops it, and then runs Left's command (nil for none), whose
// message goes to the screen below (the questions screen shows the
// interview that opened it the question added there).
type Leaver interface {
	Left() tea.Cmd
}

// Reporter is a Screen with news of its own for the status line, shown
// when the root has none (the comparison's sort and export notes).
type Reporter interface {
	News() statusline.Line
}

// Common is what every screen may read: the room it draws in, the one set
// of styles, the notebook, and where output outside the screen goes. The
// root alone writes it.
type Common struct {
	// Width and Height are the body area of the screen on top.
	Width, Height int
	// Styles is the app's one set of styles.
	Styles *theme.Styles
	// Terminal receives what goes to the terminal outside the drawn
	// screen (the OSC 52 clipboard sequence).
	Terminal io.Writer
	// ExportDir is where exports, briefs and saved messages are written.
	ExportDir string
	// NewKey makes the key of a new encrypted notebook from a passphrase
	// (crypt.NewKey at the work factor the program chose). It takes a
	// second or so (scrypt): call it in a tea.Cmd, never in Update.
	NewKey func(passphrase string) (*crypt.Key, error)
	// Encrypted is set while the notebook on view is stored encrypted:
	// what a screen writes in clear from it (a saved message) says so
	// (disk.PlaintextWarning).
	Encrypted bool
	// Judged is a judgement of the notebook made off the UI goroutine
	// after the first key, or nil until it is done: a screen that
	// judges every therapist starts from it (assess.Rejudge judges again
	// only the therapists changed since).
	Judged *assess.Judgement

	nb *store.Notebook
}

// NewCommon returns the common value for a notebook.
func NewCommon(nb *store.Notebook, styles *theme.Styles, terminal io.Writer, exportDir string) *Common {
	return &Common{Styles: styles, Terminal: terminal, ExportDir: exportDir, nb: nb}
}

// Notebook is the notebook on view, to read only: the root alone changes
// it (screens send events up).
func (c *Common) Notebook() *store.Notebook { return c.nb }

// UseNotebook replaces the notebook on view. Only the root calls it (after
// a reload from disk, or to show the demo).
func (c *Common) UseNotebook(nb *store.Notebook) { c.nb = nb }

// Send wraps a message in a command: the way screens send events up.
func Send(msg tea.Msg) tea.Cmd {
	return func() tea.Msg { return msg }
}

// Bind is a key binding with its help text.
func Bind(help, desc string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
}
