package model

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/model/form"
	"github.com/vetted-tui/vetted/model/screen"
)

// The small forms, the preparation item editor (prepform.go) and the
// credential check editor (verify.go), on the one form machinery
// (model/form). A form never changes the notebook: saving sends
// formSavedMsg with the form, whose values the root reads by key.

// formPurpose says what a form edits, so the root knows where its values go.
type formPurpose struct {
	prepItem  string // a preparation item ID
	therapist string // a therapist ID, for the credential check
}

// formSavedMsg carries a saved form up to the root, which reads its
// values by key (form.Value, Changed, Pick, Rows).
type formSavedMsg struct {
	purpose formPurpose
	form    form.Form
}

// formClosedMsg says the form was left without saving.
type formClosedMsg struct{ purpose formPurpose }

// formModel is a small form and what it edits.
type formModel struct {
	common  *common
	purpose formPurpose
	form    form.Form
}

// newForm returns a small form of fields for purpose.
func newForm(c *common, purpose formPurpose, title, intro string, fields ...form.Field) formModel {
	f := formModel{common: c, purpose: purpose, form: form.New(c.Styles, title, intro, fields...)}
	return f.resize()
}

// typing reports whether printable keys go to a field or a y/n question.
func (f formModel) typing() bool { return f.form.Typing() }

// asking reports whether the form asks whether to discard its edits.
func (f formModel) asking() bool { return f.form.Asking() }

func (f formModel) shortHelp() []key.Binding  { return f.form.ShortHelp() }
func (f formModel) fullHelp() [][]key.Binding { return f.form.FullHelp() }

// resize fits the form to the screen.
func (f formModel) resize() formModel {
	f.form = f.form.SetSize(f.common.Width, f.common.Height)
	return f
}

func (f formModel) update(msg tea.Msg) (formModel, tea.Cmd) {
	var cmd tea.Cmd
	var out form.Outcome
	f.form, cmd, out = f.form.Update(msg)
	switch out {
	case form.Left:
		return f, screen.Send(formClosedMsg{f.purpose})
	case form.Submitted:
		return f, screen.Send(formSavedMsg{purpose: f.purpose, form: f.form})
	}
	return f, cmd
}

func (f formModel) view() string { return f.form.View() }
