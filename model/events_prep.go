package model

import (
	"io"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/brief"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
)

// The preparation list's and the small forms' events, and the brief.

// briefDoneMsg reports a written brief, or why it could not be written.
type briefDoneMsg struct {
	path    string
	err     error
	warning string // store.PlaintextWarning's, "" for a plain notebook
}

// handlePrepEvent applies the messages of the preparation form, the
// credential check and the brief; ok is false for any other message.
func (m Model) handlePrepEvent(msg tea.Msg) (Model, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case screen.OpenPrepFormMsg:
		it, ok := checklist.PrepByID(msg.ID)
		if !ok {
			return m, nil, true
		}
		m.push(newPrepForm(m.common, m.nb(), it))
		return m, nil, true
	case screen.OpenVerifyMsg:
		i, ok := m.nb().Find(msg.ID)
		if !ok {
			return m, nil, true
		}
		m.push(newVerifyForm(m.common, m.nb().Therapists[i]))
		return m, nil, true
	case formClosedMsg:
		cmd := m.pop()
		return m, cmd, true
	case formSavedMsg:
		return m.handleFormSaved(msg)
	case screen.PrepToggledMsg:
		nb := m.nb()
		if nb.Prep == nil {
			nb.Prep = map[string]bool{}
		}
		nb.Prep[msg.ID] = !nb.Prep[msg.ID]
		cmd := m.save()
		return m, cmd, true
	case screen.BriefRequestMsg:
		idx := -1
		if msg.TherapistID != "" {
			if i, ok := m.nb().Find(msg.TherapistID); ok {
				idx = i
			}
		}
		// A Snapshot, not a Clone: a deep copy of 500 therapists cost
		// the key 2.8 ms, and the brief only reads what it is given.
		return m, briefCmd(m.nb().Snapshot(), idx, msg.WithConcerns, m.common.ExportDir, m.common.Encrypted), true
	case briefDoneMsg:
		if msg.err != nil {
			m.setStatus("Brief not written: "+safetext.Line(msg.err.Error()), true)
		} else {
			// The warning first: a narrow status line cuts the path.
			m.setStatus(strings.TrimSpace(msg.warning+" Brief written to "+safetext.Line(msg.path)), false)
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
		applyPrepForm(m.nb(), it, msg)
		m.setStatus("✓ Recorded: "+it.Text, false)
	case msg.purpose.therapist != "":
		i, ok := m.nb().Find(msg.purpose.therapist)
		if !ok {
			return m, nil, true
		}
		t := &m.nb().Therapists[i]
		t.Verification = applyVerifyForm(*t, msg)
		t.Updated = m.now()
		m.setStatus("✓ Recorded the credential check of "+safetext.Line(field.Shown(t.Name)), false)
	}
	cmd := m.save()
	back := m.pop()
	return m, tea.Batch(cmd, back), true
}

// briefName is the file name a brief gets in the export folder.
const briefName = "vetted-brief.md"

// briefCmd writes the brief of nb (for the therapist at index idx, or -1)
// as Markdown to the first free name in dir, never over a file. My
// concerns go in only withConcerns. From an encrypted notebook the result
// says that the brief is not encrypted. The brief is built in the command,
// off the UI goroutine: nb must be a copy that later edits leave alone (a
// store.Notebook.Snapshot).
func briefCmd(nb *store.Notebook, idx int, withConcerns bool, dir string, encrypted bool) tea.Cmd {
	warning := store.PlaintextWarning(encrypted, "The brief")
	return func() tea.Msg {
		opts := brief.Options{Therapist: idx}
		if withConcerns {
			opts.Concerns = brief.ConcernsOf(nb)
		}
		path, err := store.WriteNewExport(dir, briefName, func(w io.Writer) error {
			return brief.Write(w, nb, brief.FormatMarkdown, opts)
		})
		return briefDoneMsg{path: path, err: err, warning: warning}
	}
}
