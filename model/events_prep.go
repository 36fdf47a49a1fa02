package model

import (
	"io"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/brief"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// Messages of the preparation form, the credential check and the brief.

// openPrepFormMsg opens the editor of one preparation item.
type openPrepFormMsg struct{ id string }

// openVerifyMsg opens the credential check of one therapist.
type openVerifyMsg struct{ id string }

// briefRequestMsg asks for the first-appointment brief, written as
// Markdown to the folder vetted was started in; therapistID is the one it
// is for, "" for none.
type briefRequestMsg struct {
	therapistID string
	// withConcerns puts My concerns in the brief: only when asked.
	withConcerns bool
}

// briefDoneMsg reports a written brief, or why it could not be written.
type briefDoneMsg struct {
	path string
	err  error
}

// handlePrepEvent applies the messages of the preparation form, the
// credential check and the brief; ok is false for any other message.
func (m Model) handlePrepEvent(msg tea.Msg) (Model, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case openPrepFormMsg:
		it, ok := checklist.PrepByID(msg.id)
		if !ok {
			return m, nil, true
		}
		*m.form, m.formFrom = newPrepForm(m.common, m.nb, it), screenPrep
		m.screen = screenForm
		m.layout()
		return m, nil, true
	case openVerifyMsg:
		i, ok := m.nb.Find(msg.id)
		if !ok {
			return m, nil, true
		}
		*m.form, m.formFrom = newVerifyForm(m.common, m.nb.Therapists[i]), screenRoster
		m.screen = screenForm
		m.layout()
		return m, nil, true
	case formClosedMsg:
		m.screen = m.formFrom
		m.layout()
		return m, nil, true
	case formSavedMsg:
		return m.handleFormSaved(msg)
	case briefRequestMsg:
		idx := -1
		if msg.therapistID != "" {
			if i, ok := m.nb.Find(msg.therapistID); ok {
				idx = i
			}
		}
		return m, briefCmd(m.nb.Clone(), idx, msg.withConcerns, m.common.exportDir), true
	case briefDoneMsg:
		if msg.err != nil {
			m.setStatus("Brief not written: "+safetext.Line(msg.err.Error()), true)
		} else {
			m.setStatus("Brief written, not encrypted (keep it safe): "+safetext.Line(msg.path), false)
		}
		return m, nil, true
	}
	return m, nil, false
}

// handleFormSaved writes a saved form into the notebook, saves, and goes
// back to the screen the form was opened from.
func (m Model) handleFormSaved(msg formSavedMsg) (Model, tea.Cmd, bool) {
	switch {
	case msg.purpose.prepItem != "":
		it, ok := checklist.PrepByID(msg.purpose.prepItem)
		if !ok {
			return m, nil, true
		}
		applyPrepForm(m.nb, it, msg)
		m.setStatus("✓ Recorded: "+it.Text, false)
	case msg.purpose.therapist != "":
		i, ok := m.nb.Find(msg.purpose.therapist)
		if !ok {
			return m, nil, true
		}
		t := &m.nb.Therapists[i]
		t.Verification = applyVerifyForm(*t, msg)
		t.Updated = m.now()
		m.setStatus("✓ Recorded the credential check of "+safetext.Line(shown(t.Name)), false)
	}
	m.screen = m.formFrom
	m.layout()
	cmd := m.save()
	return m, cmd, true
}

// briefName is the file name a brief gets in the export folder.
const briefName = "vetted-brief.md"

// briefCmd writes the brief of nb (for the therapist at index idx, or -1)
// as Markdown to the first free name in dir, never over a file. My
// concerns go in only withConcerns.
func briefCmd(nb *store.Notebook, idx int, withConcerns bool, dir string) tea.Cmd {
	return func() tea.Msg {
		opts := brief.Options{Therapist: idx}
		if withConcerns {
			opts.Concerns = brief.ConcernsOf(nb)
		}
		path, err := writeFreeFile(dir, briefName, func(w io.Writer) error {
			return brief.Write(w, nb, brief.FormatMarkdown, opts)
		})
		return briefDoneMsg{path: path, err: err}
	}
}
