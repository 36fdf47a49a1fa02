package model

// What the app does when the notebook changed on disk behind its back (a
// sync tool brought another computer's version, a second vetted wrote to a
// shared folder). The store refuses the save with disk.ErrChangedOnDisk
// and writes nothing; the root then says so in the status line and holds a
// small prompt in place of the help until the person picks:
//
//	ctrl+r  reload the file from disk and re-apply the answers typed since the
//	        last good save, where the file still holds what they
//	        replaced; whatever cannot be re-applied is listed, and the
//	        version from before the reload is kept as a copy beside it;
//	ctrl+o  save the version in memory as a copy beside the notebook
//	        (notebook.conflict-YYYYMMDD-HHMMSS.json) and go on saving there.
//
// ctrl+c first says how much is unsaved; a second ctrl+c quits without it.
// The choices are control keys, not letters: the prompt opens when a save
// ends, often while the person is typing the next answer, and a letter of
// it must not pick for them (nor, after a reload, land on the roster as a
// command).

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/model/field"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/disk"
)

// conflictPrompt is the state of the changed-on-disk prompt.
type conflictPrompt struct {
	open bool // the prompt is up; keys go to it alone
	busy bool // a reload or copy is running
}

// conflictKeyMap holds the prompt's choices.
type conflictKeyMap struct {
	Reload key.Binding
	Copy   key.Binding
}

func defaultConflictKeyMap() conflictKeyMap {
	return conflictKeyMap{
		Reload: bind("ctrl+r", "reload from disk, then re-apply your answers", "ctrl+r"),
		Copy:   bind("ctrl+o", "save your version as a copy and work on that", "ctrl+o"),
	}
}

// answerChange is one answer recorded since the last good save, with the
// answer it replaced, so a reload can re-apply it where the file on disk
// still holds what it replaced.
type answerChange struct {
	rev         uint64
	therapistID string
	name        string // the therapist's name, for what could not be re-applied
	questionID  string
	partner     bool
	before      *checklist.Answer // nil when there was no answer
	after       checklist.Answer
}

// reloadedMsg reports a reload: the notebook from disk with the answers
// re-applied, what could not be, and where the version from before the
// reload was kept.
type reloadedMsg struct {
	nb     *store.Notebook
	report reapplyReport
	err    error
}

// copiedMsg reports SaveCopy: the copy, open, to save to from now on.
type copiedMsg struct {
	file *disk.File
	err  error
}

// reapplyReport says what a reload did with the unsaved answers.
type reapplyReport struct {
	applied  int
	failed   []answerChange
	others   int // unsaved changes that were not answers (details, status ...)
	copyPath string
	copyErr  error
}

// handleConflict takes the messages of this file: save results (to notice
// a refused save), the results of a reload or copy, and keys while the
// prompt is up. ok is false for anything else. It works on m in place:
// every key passes here, and a key while no prompt is up costs nothing.
func (m *Model) handleConflict(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case savedMsg:
		return m.handleSaved(msg), true
	case reloadedMsg:
		next, cmd := m.handleReloaded(msg)
		*m = next
		return cmd, true
	case copiedMsg:
		*m = m.handleCopied(msg)
		if msg.err != nil {
			return nil, true
		}
		// The app saves to the copy now: watch that.
		m.watch.stop()
		m.watch = nil
		return m.watchCmd(), true
	case tea.KeyMsg:
		if !m.conflict.open || m.saves.quitting {
			return nil, false
		}
		next, cmd, ok := m.handleConflictKey(msg)
		*m = next
		return cmd, ok
	}
	return nil, false
}

// handleConflictKey takes a key while the prompt is up. Every key stops
// here: the screens behind would only make more changes that cannot be
// saved, and typing that goes on must not reach them.
func (m Model) handleConflictKey(k tea.KeyMsg) (Model, tea.Cmd, bool) {
	if !field.IsText(k) && key.Matches(k, m.keys.ForceQuit) {
		cmd := m.interrupt()
		return m, cmd, true
	}
	if m.conflict.busy {
		return m, nil, true
	}
	ck := defaultConflictKeyMap()
	switch {
	case key.Matches(k, ck.Reload):
		m.conflict.busy = true
		m.layout()
		l := m.saves
		return m, reloadCmd(m.file, m.nb().Clone(), slices.Clone(l.answers), l.otherChanges(), l.rev+1, m.now()), true
	case key.Matches(k, ck.Copy):
		m.conflict.busy = true
		m.layout()
		return m, copyToConflictCmd(m.file, m.nb().Clone(), m.saves.rev+1, m.now()), true
	}
	return m, nil, true
}

// settleConflict marks everything up to the current revision as dealt with
// (reloaded over, or saved in the copy) and closes the prompt.
func (m *Model) settleConflict() {
	m.saves = m.saves.resolved()
	m.conflict = conflictPrompt{}
	m.diskChanged = false
}

func (m Model) handleReloaded(msg reloadedMsg) (Model, tea.Cmd) {
	m.conflict.busy = false
	if msg.err != nil {
		m.setStatus("Could not reload: "+sentence(safetext.Line(msg.err.Error()))+
			" Your changes are still here: ctrl+o saves them as a copy.", true)
		m.layout()
		return m, nil
	}
	m.settleConflict()
	m.common.UseNotebook(msg.nb)
	// The screens held the old notebook's state: each reads the new one,
	// and the person is back where they were, as far as it still exists.
	cmd := m.refreshStack()
	if msg.report.applied > 0 {
		cmd = tea.Batch(cmd, m.save())
	}
	r := msg.report
	m.setStatus(r.summary(), len(r.failed) > 0 || r.others > 0 || r.copyErr != nil)
	return m, cmd
}

func (m Model) handleCopied(msg copiedMsg) Model {
	m.conflict.busy = false
	if msg.err != nil {
		m.setStatus("Could not save a copy: "+sentence(safetext.Line(msg.err.Error()))+
			" Your changes are still here.", true)
		m.layout()
		return m
	}
	m.file = msg.file
	m.settleConflict()
	m.layout()
	m.setStatus("Now saving to "+safetext.Line(filepath.Base(msg.file.Path()))+" (your version).", false)
	return m
}

// summary says what a reload did, in words.
func (r reapplyReport) summary() string {
	var b strings.Builder
	b.WriteString("Reloaded the notebook from disk.")
	if r.applied > 0 {
		fmt.Fprintf(&b, " Re-applied %s.", plural(r.applied, "answer"))
	}
	if n := len(r.failed); n > 0 {
		var items []string
		for _, c := range r.failed[:min(n, 3)] {
			items = append(items, safetext.Line(c.name)+": "+checklist.ShortLabel(c.questionID))
		}
		if n > 3 {
			items = append(items, fmt.Sprintf("%d more", n-3))
		}
		fmt.Fprintf(&b, " Not re-applied (changed on disk too, or the therapist is gone): %s.", strings.Join(items, "; "))
	}
	if r.others > 0 {
		fmt.Fprintf(&b, " Not re-applied: %s other than answers (details, statuses, your questions, concerns, preparation, priorities ...).", changes(r.others))
	}
	switch {
	case r.copyErr != nil:
		b.WriteString(" Could not keep your version as a copy: " + sentence(safetext.Line(r.copyErr.Error())))
	case r.copyPath != "":
		b.WriteString(" Your version from before the reload is in " + safetext.Line(filepath.Base(r.copyPath)) + ".")
	}
	return b.String()
}

// plural counts n things: "1 answer", "3 answers".
func plural(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}

// noteAnswer logs an answer just recorded (and given a save), so a reload
// can re-apply it. before is what it replaced.
func (m *Model) noteAnswer(msg screen.AnswerRecordedMsg, name string, before *checklist.Answer, after checklist.Answer) {
	if m.demo || m.file == nil {
		return
	}
	m.saves = m.saves.recordAnswer(answerChange{
		therapistID: msg.TherapistID, name: name, questionID: msg.QuestionID,
		partner: msg.Partner, before: before, after: after,
	})
}

// answerIn returns a copy of the answer held for questionID, or nil.
func answerIn(answers map[string]checklist.Answer, questionID string) *checklist.Answer {
	a, ok := answers[questionID]
	if !ok {
		return nil
	}
	return &a
}

// sameAnswer reports whether a and b are the same answer, or both none.
// Times are compared as instants: a reloaded time has lost its monotonic
// reading and may carry another location.
func sameAnswer(a, b *checklist.Answer) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Status == b.Status && a.Value == b.Value && a.Note == b.Note && a.At.Equal(b.At)
}

// reapply puts the logged answers on nb, the notebook just read from disk,
// in the order they were recorded. An answer goes back where the file still
// holds what it replaced (or holds it already); where the other writer
// changed that answer too, or removed the therapist, it is reported and
// left out rather than guessed.
func reapply(nb *store.Notebook, log []answerChange) reapplyReport {
	var r reapplyReport
	for _, c := range log {
		i, ok := nb.Find(c.therapistID)
		if !ok {
			r.failed = append(r.failed, c)
			continue
		}
		t := &nb.Therapists[i]
		answers := &t.Answers
		if c.partner {
			answers = &t.PartnerAnswers
		}
		current := answerIn(*answers, c.questionID)
		switch {
		case sameAnswer(current, c.before):
			if *answers == nil {
				*answers = map[string]checklist.Answer{}
			}
			(*answers)[c.questionID] = c.after
			if c.after.At.After(t.Updated) {
				t.Updated = c.after.At
			}
			r.applied++
		case sameAnswer(current, &c.after):
			// The other writer has it already (the same version synced).
		default:
			r.failed = append(r.failed, c)
		}
	}
	return r
}

// Commands: the reload and the copy are I/O, so they run as commands,
// like the saves in commands.go.

// reloadCmd reloads the notebook from disk, re-applies the logged answers
// and, when anything could not be re-applied (answers, or the others
// changes that are not answers), keeps mine, the version from before, as a
// copy beside the notebook, so nothing is lost. Saves below rev are
// skipped from now on (see disk.File.Reload).
func reloadCmd(f *disk.File, mine *store.Notebook, log []answerChange, others int, rev uint64, now time.Time) tea.Cmd {
	return func() tea.Msg {
		nb, err := f.Reload(rev)
		if err != nil {
			return reloadedMsg{err: err}
		}
		r := reapply(nb, log)
		r.others = others
		if len(r.failed) > 0 || others > 0 {
			r.copyPath, r.copyErr = f.WriteCopy(mine, now)
		}
		return reloadedMsg{nb: nb, report: r}
	}
}

// copyToConflictCmd saves nb as a copy beside the notebook and moves there (see
// disk.File.SaveCopy).
func copyToConflictCmd(f *disk.File, nb *store.Notebook, rev uint64, now time.Time) tea.Cmd {
	return func() tea.Msg {
		c, err := f.SaveCopy(nb, rev, now)
		return copiedMsg{file: c, err: err}
	}
}

// conflictPromptView replaces the help while the prompt is up: the choices,
// one a line, so none is cut at the narrowest width.
func (m Model) conflictPromptView() string {
	st := m.help.Styles
	if m.conflict.busy {
		return st.ShortDesc.Render("Working…")
	}
	ck := defaultConflictKeyMap()
	quit := "quit"
	if m.saves.quitAnyway {
		quit = "quit without saving"
	}
	var lines []string
	for _, b := range []key.Binding{ck.Reload, ck.Copy, bind("ctrl+c", quit, "ctrl+c")} {
		h := b.Help()
		lines = append(lines, cell.Cut(st.ShortKey.Render(h.Key)+" "+st.ShortDesc.Render(h.Desc), m.help.Width))
	}
	return strings.Join(lines, "\n")
}

// conflictCopiesNote says, once on opening, which files beside the notebook
// look like copies a sync tool left, or "" when there are none.
func conflictCopiesNote(names []string) string {
	if len(names) == 0 {
		return ""
	}
	quoted := make([]string, 0, 3)
	for _, n := range names[:min(len(names), 3)] {
		quoted = append(quoted, `"`+safetext.Line(n)+`"`)
	}
	if len(names) > 3 {
		quoted = append(quoted, fmt.Sprintf("%d more", len(names)-3))
	}
	return "Beside the notebook are copies a sync tool may have left: " + strings.Join(quoted, ", ") +
		". vetted opens only the notebook itself; merge them by hand if they hold answers."
}
