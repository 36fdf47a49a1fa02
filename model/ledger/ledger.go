// Package ledger is the book of saves and quitting: which revisions of the
// notebook are on disk, which failed, which answers a reload must put back,
// and whether the program is on its way out. A Ledger is a plain value
// with pure methods: each takes the ledger and an event (a change to save,
// a save's result, a quit key) and returns the next ledger and a Step
// saying what to tell the person and what to do. The root applies the
// step (status line, save command, tea.Quit); ledger_test.go walks
// sequences of events through it as table rows. Reapply (reapply.go) puts
// the logged answers back on a notebook reloaded from disk.
package ledger

import (
	"errors"
	"path/filepath"
	"slices"

	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/store/disk"
)

// Saved reports the end of one save; the root's save commands send it.
// Err is already a friendly message from the store, which never includes
// notebook content. A save made after emptying recently deleted also
// removes the kept previous version: Dropped says it did, PrevErr why it
// could not (the save itself worked).
type Saved struct {
	Rev     uint64
	Err     error
	Dropped bool
	PrevErr error
}

// Ledger is the book of saves and quitting. The zero value is a
// notebook with nothing changed.
type Ledger struct {
	// rev numbers saves so the store can drop a stale one; pending counts
	// saves still running, so quitting can wait for them.
	rev     uint64
	pending int
	// lastGood is the newest revision known to be on disk: every change
	// up to it is saved. errRev is the newest revision whose save failed
	// and is not yet covered by a later one (0 when none); the error stays
	// on screen until a save of errRev or newer works.
	lastGood uint64
	errRev   uint64
	// dropRev is the revision that emptied recently deleted while the kept
	// previous version may still hold those therapists: until a save of it or
	// later has removed that version, every save does (0 when none).
	// deleted says who they were ("2 therapists"), for the news that they are gone.
	dropRev uint64
	deleted string
	// unsaved are the revisions of changes not yet known to be on disk,
	// so a failure can say how much would be lost.
	unsaved []uint64
	// answers are the answers recorded since the last good save, to
	// re-apply on a reload after the file changed on disk (Reapply).
	answers []AnswerChange
	// quitting is set by ctrl+c or q: the program ends once the newest
	// notebook is on disk. quitAnyway is set after that failed: the next
	// ctrl+c then quits without saving. A save that works, or a quit
	// started over, clears it.
	quitting   bool
	quitAnyway bool
}

// Step is what one ledger event asks of the root.
type Step struct {
	// Say, when not empty, goes to the status line (an error if IsErr).
	Say   string
	IsErr bool
	// Recovered, when not empty, replaces an error in the status line and
	// nothing else: a save worked that covers the one that failed. It is
	// shown before Say.
	Recovered string
	// Save asks for one more save of the notebook as it is (quitting
	// after a failure: the newest revision is not on disk).
	Save bool
	// Quit ends the program.
	Quit bool
	// Conflict opens the changed-on-disk prompt (model/conflict).
	Conflict bool
	// ExitNote is what to print after the program ended, on a forced quit.
	ExitNote string
}

// Begin starts a save of the notebook as a new revision and returns it;
// drop says the save must also remove the kept previous version (see
// the save commands). change is false for a save that repeats the notebook
// unchanged (quitting after a failure), which adds no unsaved change.
func (l Ledger) Begin(change bool) (next Ledger, rev uint64, drop bool) {
	l.rev++
	l.pending++
	if change {
		l.unsaved = append(slices.Clip(l.unsaved), l.rev)
	}
	return l, l.rev, l.dropRev != 0
}

// Emptying notes that the next save removes for good the recently deleted
// therapists, who: until a save removes the kept previous version too,
// every save tries to (store/deleted.go).
func (l Ledger) Emptying(name string) Ledger {
	l.dropRev, l.deleted = l.rev+1, name
	return l
}

// RecordAnswer logs an answer given in the latest revision, for a reload.
func (l Ledger) RecordAnswer(c AnswerChange) Ledger {
	c.rev = l.rev
	l.answers = append(slices.Clip(l.answers), c)
	return l
}

// Settle takes the end of one save. Saves can end out of order, so each
// result is weighed by its revision: a failure that a newer good save
// already covers is moot, and an older save that works does not clear the
// failure of a newer one.
func (l Ledger) Settle(msg Saved) (Ledger, Step) {
	l.pending = max(0, l.pending-1)
	var step Step
	kept, written := disk.KeptCopy(msg.Err)
	switch {
	case errors.Is(msg.Err, disk.ErrSuperseded):
		// A newer save, already queued, holds this one's changes and
		// reports for both; this one neither wrote nor failed.
	case written:
		// The save's version is in place: its changes are on disk. What
		// another program wrote at that moment is in a copy (or was moved
		// away by it): say so, and there is nothing to reload.
		l = l.saved(msg, &step)
		step.Say, step.IsErr = writtenNote(kept), true
	case msg.Err != nil && msg.Rev <= l.lastGood:
		// A newer save already put these changes on disk.
	case msg.Err != nil:
		l.errRev = max(l.errRev, msg.Rev)
		step.Say, step.IsErr = msg.Err.Error(), true
		if l.quitting && l.pending == 0 {
			// Do not vanish with the person's changes unsaved: stay, say
			// why and what, and let a second ctrl+c quit anyway. (While
			// a newer save still runs, it may cover this one: wait.)
			l.quitting, l.quitAnyway = false, true
			step.Say = screen.Sentence(msg.Err.Error()) + " " + l.unsavedNote() + " Press ctrl+c again to quit without saving."
		}
		if errors.Is(msg.Err, disk.ErrChangedOnDisk) {
			step.Conflict = true
			step.Say = l.ConflictNote(kept)
		}
		return l, step
	default:
		l = l.saved(msg, &step)
	}
	l.answers = slices.DeleteFunc(slices.Clone(l.answers), func(c AnswerChange) bool { return c.rev <= l.lastGood })
	step.Save, step.Quit = l.quitStep()
	return l, step
}

// saved takes a save that worked, and says so where it matters.
func (l Ledger) saved(msg Saved, step *Step) Ledger {
	l.lastGood = max(l.lastGood, msg.Rev)
	l.unsaved = slices.DeleteFunc(slices.Clone(l.unsaved), func(r uint64) bool { return r <= l.lastGood })
	if l.errRev != 0 && msg.Rev >= l.errRev {
		// This save holds every change the failed one did.
		l.errRev, l.quitAnyway = 0, false
		step.Recovered = "Saved."
	}
	if l.dropRev == 0 || msg.Rev < l.dropRev {
		return l
	}
	switch {
	case msg.Dropped:
		l.dropRev = 0
		if l.errRev == 0 { // else a newer failure stays in view
			step.Say = "Emptied recently deleted: " + l.deleted + " gone from the file."
		}
	case msg.PrevErr != nil:
		step.Say, step.IsErr = "Emptied recently deleted ("+l.deleted+"), but "+screen.Sentence(msg.PrevErr.Error())+
			" That copy still holds their answers; vetted tries again on the next save.", true
	}
	return l
}

// quitStep says, while quitting with no save running, whether to end the
// program (the newest revision is on disk) or to save once more (an
// earlier save failed); the result of that save comes back to Settle.
func (l Ledger) quitStep() (save, quit bool) {
	if !l.quitting || l.pending > 0 {
		return false, false
	}
	if l.lastGood >= l.rev {
		return false, true
	}
	return true, false
}

// Check is the quit check after the short grace before quitting.
func (l Ledger) Check() Step {
	var step Step
	step.Save, step.Quit = l.quitStep()
	return step
}

// Quit begins quitting (q, or a first ctrl+c): the program ends once the
// newest notebook is on disk. A quit that starts over forgets an earlier
// "quit anyway".
func (l Ledger) Quit() Ledger {
	l.quitting, l.quitAnyway = true, false
	return l
}

// Interrupt takes ctrl+c. While quitting, or after a quit that failed, it
// forces the quit; else it begins one. With the changed-on-disk prompt up
// (conflictOpen), saves cannot end a quit: the first ctrl+c says what is
// unsaved and the second forces.
func (l Ledger) Interrupt(conflictOpen bool) (Ledger, Step) {
	switch {
	case l.quitting || l.quitAnyway:
		return l.force()
	case conflictOpen && (len(l.unsaved) > 0 || l.Failing()):
		// (Opened by the watch with everything saved, there is nothing
		// to lose: quit as ever.)
		l.quitAnyway = true
		return l, Step{Say: l.unsavedNote() + " ctrl+r or ctrl+o keeps them; ctrl+c again quits without them.", IsErr: true}
	}
	return l.Quit(), Step{}
}

// force ends the program without waiting for saves, saying first what may
// be lost: after a failure, what is not saved; while a save runs, what may
// not be.
func (l Ledger) force() (Ledger, Step) {
	step := Step{Quit: true}
	switch {
	case l.quitAnyway:
		step.ExitNote = "Quit without saving: " + screen.Changes(len(l.unsaved)) + " not on disk."
	case l.pending > 0:
		step.ExitNote = "Quit before the save finished: " + screen.Changes(len(l.unsaved)) + " may not be on disk."
	}
	step.Say, step.IsErr = step.ExitNote, step.ExitNote != ""
	l.quitting = false
	return l, step
}

// Resolved marks everything up to the current revision as dealt with
// after the file changed on disk (reloaded over, or saved in a copy). An
// emptying of recently deleted not yet saved is not re-applied, and a copy has no kept previous
// version.
func (l Ledger) Resolved() Ledger {
	l.lastGood = l.rev
	l.unsaved, l.answers = nil, nil
	l.errRev, l.quitAnyway = 0, false
	l.dropRev, l.deleted = 0, ""
	return l
}

// Failing reports whether a save failed and none has covered it since:
// its error stays in the status line through key presses.
func (l Ledger) Failing() bool { return l.errRev != 0 }

// OtherChanges counts the unsaved changes that are not logged answers
// (any change other than a recorded answer), which a reload cannot re-apply.
func (l Ledger) OtherChanges() int {
	n := 0
	for _, r := range l.unsaved {
		if !slices.ContainsFunc(l.answers, func(c AnswerChange) bool { return c.rev == r }) {
			n++
		}
	}
	return n
}

// writtenNote says what a save that put its version in place found there
// (see disk.KeptCopy): another program's version, kept as the copy
// named kept, or, with kept "", a file moved away by another program.
func writtenNote(kept string) string {
	if kept == "" {
		return "Saved, but at the same moment another program moved away the version vetted had read (a sync tool?). " +
			"Your changes are in the notebook."
	}
	return "Saved your changes, but another program wrote the notebook at about the same moment (a sync tool?); " +
		"its version is kept beside it as " + filepath.Base(kept) + ": compare the two by hand."
}

// unsavedNote says how many changes are not on disk, for a failure.
func (l Ledger) unsavedNote() string {
	switch len(l.unsaved) {
	case 0:
		return "Your latest changes are not on disk."
	case 1:
		return "1 change is not on disk."
	}
	return screen.Changes(len(l.unsaved)) + " are not on disk."
}

// ConflictNote says why the changed-on-disk prompt is up. kept is the
// conflict copy in which the save kept a version another program wrote
// while vetted was saving ("" for none, see disk.KeptCopy): the file at
// the path is then the other program's, and that copy is named, so no
// version goes unmentioned.
func (l Ledger) ConflictNote(kept string) string {
	s := "The notebook changed on disk since vetted read it (another computer or a sync tool?); vetted wrote nothing over it. "
	if kept != "" {
		s = "The notebook changed on disk while vetted was saving (another computer or a sync tool?): it is as the other program left it, " +
			"and a version it wrote in between is kept as " + filepath.Base(kept) + ". "
	}
	s += l.unsavedNote()
	if l.quitAnyway {
		s += " Press ctrl+c again to quit without them."
	}
	return s
}

// Rev is the newest revision begun.
func (l Ledger) Rev() uint64 { return l.rev }

// OnDisk is the newest revision known to be on disk.
func (l Ledger) OnDisk() uint64 { return l.lastGood }

// Pending counts the saves still running.
func (l Ledger) Pending() int { return l.pending }

// Unsaved counts the changes not yet known to be on disk.
func (l Ledger) Unsaved() int { return len(l.unsaved) }

// Answers are the answers logged since the last good save, for Reapply;
// the caller must not change them.
func (l Ledger) Answers() []AnswerChange { return l.answers }

// Quitting reports whether the program ends once the newest notebook is
// on disk.
func (l Ledger) Quitting() bool { return l.quitting }

// QuitAnyway reports whether a quit failed to save, so that the next
// ctrl+c quits without saving.
func (l Ledger) QuitAnyway() bool { return l.quitAnyway }

// Dropping reports whether a save must still remove the kept previous
// version, which holds therapists emptied from recently deleted.
func (l Ledger) Dropping() bool { return l.dropRev != 0 }
