package welcome

// The welcome's choice to encrypt the new notebook. A form asks for the
// passphrase twice, hidden, under the terminal prompt's rules
// (crypt.CheckNewPassphrase); the key is made in a command, since scrypt
// takes a second or so, and sent up in screen.EncryptNewMsg. The root
// makes the file encrypted, writes it, and the welcome comes back saying
// so. Enter on the welcome never lands here: plain stays the default.

import (
	"errors"
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/form"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/store/crypt"
)

// The encryption choice's words.
const (
	encryptLabel = "Encrypt my notebook with a passphrase"
	encryptTitle = "Encrypt your notebook"
	encryptIntro = "Your notebook will be unreadable without the passphrase, and lost if you forget it: " +
		"nobody, you included, can open it then. vetted decrypt undoes this later."
	passLabel  = "Passphrase (at least %d characters)"
	againLabel = "Type it again"
	// makingKey shows while scrypt runs, so that a pause is not taken
	// for a hang.
	makingKey        = "Checking… making the key takes a second or two."
	alreadyEncrypted = "Your notebook is already encrypted; vetted passphrase changes the passphrase."
)

// EncryptedNote is what the status line says once the new notebook is
// written encrypted.
const EncryptedNote = "Your notebook is encrypted; keep the passphrase safe."

// passLimit bounds a passphrase, as the terminal prompt does.
const passLimit = 1024

// Keys of the form's two fields.
const (
	passField  = "pass"
	againField = "again"
)

// chooseEncryption opens the passphrase form, unless the notebook is
// already encrypted (VETTED_PASSPHRASE chose it at start).
func chooseEncryption(c *screen.Common, encrypted bool) tea.Cmd {
	if encrypted {
		return screen.Send(screen.StatusMsg{Text: alreadyEncrypted})
	}
	return screen.Push(newEncryptForm(c))
}

// keyMadeMsg brings back the key made from the typed passphrase.
type keyMadeMsg struct {
	key *crypt.Key
	err error
}

// encryptForm asks for the new notebook's passphrase, twice.
type encryptForm struct {
	common *screen.Common
	form   form.Form
	// busy is set while the key is made: keys are dropped meanwhile, so
	// an anxious second enter does not start a second scrypt.
	busy bool
}

func newEncryptForm(c *screen.Common) encryptForm {
	f := form.New(c.Styles, encryptTitle, encryptIntro,
		form.Line(passField, fmt.Sprintf(passLabel, crypt.MinPassphraseLen), "", passLimit).WithSecret(),
		form.Line(againField, againLabel, "", passLimit).WithSecret())
	e := encryptForm{common: c, form: f}
	return e.SetSize(c.Width, c.Height).(encryptForm)
}

// Typing is true: the fields take text, and while the key is made no key
// may be read as a command.
func (e encryptForm) Typing() bool { return true }

// Asking reports whether the form asks whether to discard its edits.
func (e encryptForm) Asking() bool { return e.form.Asking() }

// SetSize implements screen.Screen, keeping two lines for the note shown
// while the key is made.
func (e encryptForm) SetSize(width, height int) screen.Screen {
	e.form = e.form.SetSize(width, max(0, height-2))
	return e
}

// ShortHelp implements screen.Screen.
func (e encryptForm) ShortHelp() []key.Binding { return e.form.ShortHelp() }

// FullHelp implements screen.Screen.
func (e encryptForm) FullHelp() [][]key.Binding { return e.form.FullHelp() }

// Update implements screen.Screen.
func (e encryptForm) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	if made, ok := msg.(keyMadeMsg); ok {
		e.busy = false
		if made.err != nil {
			e.form = e.form.Fail(passField, sentence(made.err))
			return e, nil
		}
		return e, screen.Send(screen.EncryptNewMsg{Key: made.key})
	}
	if e.busy {
		return e, nil
	}
	var cmd tea.Cmd
	var out form.Outcome
	e.form, cmd, out = e.form.Update(msg)
	switch out {
	case form.Left:
		return e, screen.Send(screen.BackMsg{})
	case form.Submitted:
		return e.submit()
	}
	return e, cmd
}

// submit checks the two passphrases as typed (spaces are part of one)
// and starts making the key, or shows the problem under its field.
func (e encryptForm) submit() (screen.Screen, tea.Cmd) {
	pass, again := e.form.Shown(passField), e.form.Shown(againField)
	if err := crypt.CheckNewPassphrase(pass, again); err != nil {
		at := passField
		if errors.Is(err, crypt.ErrPassphrasesDiffer) {
			at = againField
		}
		e.form = e.form.Fail(at, sentence(err))
		return e, nil
	}
	e.busy = true
	newKey := e.common.NewKey
	return e, func() tea.Msg {
		k, err := newKey(pass)
		return keyMadeMsg{key: k, err: err}
	}
}

// View implements screen.Screen.
func (e encryptForm) View() string {
	v := e.form.View()
	if e.busy {
		v += "\n\n" + cell.Cut(e.common.Styles.Subtitle.Render(makingKey), e.common.Width)
	}
	return v
}

// sentence makes an error a sentence for a field: a capital, a full stop.
func sentence(err error) string {
	s := err.Error()
	if s != "" && 'a' <= s[0] && s[0] <= 'z' {
		s = string(s[0]-'a'+'A') + s[1:]
	}
	return s + "."
}
