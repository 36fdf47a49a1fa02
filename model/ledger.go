package model

// The save and quit ledger: which revisions of the notebook are on disk,
// which failed, and whether the program is on its way out. It is a plain
// value with pure methods: each takes the ledger and an event (a change
// to save, a save's result, a quit key) and returns the next ledger and a
// ledgerStep saying what to tell the person and what to do. The root
// applies the step (status line, save command, tea.Quit); ledger_test.go
// walks sequences of events through it as table rows.

import (
	"errors"
	"path/filepath"
	"slices"

	"github.com/vetted-tui/vetted/store/disk"
)

// saveLedger is the book of saves and quitting. The zero value is a
// notebook with nothing changed.
type saveLedger struct {
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
	// re-apply on a reload after the file changed on disk (conflict.go).
	answers []answerChange
	// quitting is set by ctrl+c or q: the program ends once the newest
	// notebook is on disk. quitAnyway is set after that failed: the next
	// ctrl+c then quits without saving. A save that works, or a quit
	// started over, clears it.
	quitting   bool
	quitAnyway bool
}

// ledgerStep is what one ledger event asks of the root.
type ledgerStep struct {
	// say, when not empty, goes to the status line (an error if isErr).
	say   string
	isErr bool
	// recovered, when not empty, replaces an error in the status line and
	// nothing else: a save worked that covers the one that failed. It is
	// shown before say.
	recovered string
	// save asks for one more save of the notebook as it is (quitting
	// after a failure: the newest revision is not on disk).
	save bool
	// quit ends the program.
	quit bool
	// conflict opens the changed-on-disk prompt (conflict.go).
	conflict bool
	// exitNote is what to print after the program ended, on a forced quit.
	exitNote string
}

// begin starts a save of the notebook as a new revision and returns it;
// drop says the save must also remove the kept previous version (see
// dropSaveCmd). change is false for a save that repeats the notebook
// unchanged (quitting after a failure), which adds no unsaved change.
func (l saveLedger) begin(change bool) (next saveLedger, rev uint64, drop bool) {
	l.rev++
	l.pending++
	if change {
		l.unsaved = append(slices.Clip(l.unsaved), l.rev)
	}
	return l, l.rev, l.dropRev != 0
}

// emptying notes that the next save removes for good the recently deleted
// therapists, who: until a save removes the kept previous version too,
// every save tries to (store/deleted.go).
func (l saveLedger) emptying(name string) saveLedger {
	l.dropRev, l.deleted = l.rev+1, name
	return l
}

// recordAnswer logs an answer given in the latest revision, for a reload.
func (l saveLedger) recordAnswer(c answerChange) saveLedger {
	c.rev = l.rev
	l.answers = append(slices.Clip(l.answers), c)
	return l
}

// settle takes the end of one save. Saves can end out of order, so each
// result is weighed by its revision: a failure that a newer good save
// already covers is moot, and an older save that works does not clear the
// failure of a newer one.
func (l saveLedger) settle(msg savedMsg) (saveLedger, ledgerStep) {
	l.pending = max(0, l.pending-1)
	var step ledgerStep
	kept, written := disk.KeptCopy(msg.err)
	switch {
	case errors.Is(msg.err, disk.ErrSuperseded):
		// A newer save, already queued, holds this one's changes and
		// reports for both; this one neither wrote nor failed.
	case written:
		// The save's version is in place: its changes are on disk. What
		// another program wrote at that moment is in a copy (or was moved
		// away by it): say so, and there is nothing to reload.
		l = l.saved(msg, &step)
		step.say, step.isErr = writtenNote(kept), true
	case msg.err != nil && msg.rev <= l.lastGood:
		// A newer save already put these changes on disk.
	case msg.err != nil:
		l.errRev = max(l.errRev, msg.rev)
		step.say, step.isErr = msg.err.Error(), true
		if l.quitting && l.pending == 0 {
			// Do not vanish with the person's changes unsaved: stay, say
			// why and what, and let a second ctrl+c quit anyway. (While
			// a newer save still runs, it may cover this one: wait.)
			l.quitting, l.quitAnyway = false, true
			step.say = sentence(msg.err.Error()) + " " + l.unsavedNote() + " Press ctrl+c again to quit without saving."
		}
		if errors.Is(msg.err, disk.ErrChangedOnDisk) {
			step.conflict = true
			step.say = l.conflictNote(kept)
		}
		return l, step
	default:
		l = l.saved(msg, &step)
	}
	l.answers = slices.DeleteFunc(slices.Clone(l.answers), func(c answerChange) bool { return c.rev <= l.lastGood })
	step.save, step.quit = l.quitStep()
	return l, step
}

// saved takes a save that worked, and says so where it matters.
func (l saveLedger) saved(msg savedMsg, step *ledgerStep) saveLedger {
	l.lastGood = max(l.lastGood, msg.rev)
	l.unsaved = slices.DeleteFunc(slices.Clone(l.unsaved), func(r uint64) bool { return r <= l.lastGood })
	if l.errRev != 0 && msg.rev >= l.errRev {
		// This save holds every change the failed one did.
		l.errRev, l.quitAnyway = 0, false
		step.recovered = "Saved."
	}
	if l.dropRev == 0 || msg.rev < l.dropRev {
		return l
	}
	switch {
	case msg.dropped:
		l.dropRev = 0
		if l.errRev == 0 { // else a newer failure stays in view
			step.say = "Emptied recently deleted: " + l.deleted + " gone from the file."
		}
	case msg.prevErr != nil:
		step.say, step.isErr = "Emptied recently deleted ("+l.deleted+"), but "+sentence(msg.prevErr.Error())+
			" That copy still holds their answers; vetted tries again on the next save.", true
	}
	return l
}

// quitStep says, while quitting with no save running, whether to end the
// program (the newest revision is on disk) or to save once more (an
// earlier save failed); the result of that save comes back to settle.
func (l saveLedger) quitStep() (save, quit bool) {
	if !l.quitting || l.pending > 0 {
		return false, false
	}
	if l.lastGood >= l.rev {
		return false, true
	}
	return true, false
}

// check is the quit check after the short grace of quitCheckCmd.
func (l saveLedger) check() ledgerStep {
	var step ledgerStep
	step.save, step.quit = l.quitStep()
	return step
}

// quit begins quitting (q, or a first ctrl+c): the program ends once the
// newest notebook is on disk. A quit that starts over forgets an earlier
// "quit anyway".
func (l saveLedger) quit() saveLedger {
	l.quitting, l.quitAnyway = true, false
	return l
}

// interrupt takes ctrl+c. While quitting, or after a quit that failed, it
// forces the quit; else it begins one. With the changed-on-disk prompt up
// (conflictOpen), saves cannot end a quit: the first ctrl+c says what is
// unsaved and the second forces.
func (l saveLedger) interrupt(conflictOpen bool) (saveLedger, ledgerStep) {
	switch {
	case l.quitting || l.quitAnyway:
		return l.force()
	case conflictOpen && (len(l.unsaved) > 0 || l.failing()):
		// (Opened by the watch with everything saved, there is nothing
		// to lose: quit as ever.)
		l.quitAnyway = true
		return l, ledgerStep{say: l.unsavedNote() + " ctrl+r or ctrl+o keeps them; ctrl+c again quits without them.", isErr: true}
	}
	return l.quit(), ledgerStep{}
}

// force ends the program without waiting for saves, saying first what may
// be lost: after a failure, what is not saved; while a save runs, what may
// not be.
func (l saveLedger) force() (saveLedger, ledgerStep) {
	step := ledgerStep{quit: true}
	switch {
	case l.quitAnyway:
		step.exitNote = "Quit without saving: " + changes(len(l.unsaved)) + " not on disk."
	case l.pending > 0:
		step.exitNote = "Quit before the save finished: " + changes(len(l.unsaved)) + " may not be on disk."
	}
	step.say, step.isErr = step.exitNote, step.exitNote != ""
	l.quitting = false
	return l, step
}

// resolved marks everything up to the current revision as dealt with
// after the file changed on disk (reloaded over, or saved in a copy). An
// emptying of recently deleted not yet saved is not re-applied, and a copy has no kept previous
// version.
func (l saveLedger) resolved() saveLedger {
	l.lastGood = l.rev
	l.unsaved, l.answers = nil, nil
	l.errRev, l.quitAnyway = 0, false
	l.dropRev, l.deleted = 0, ""
	return l
}

// failing reports whether a save failed and none has covered it since:
// its error stays in the status line through key presses.
func (l saveLedger) failing() bool { return l.errRev != 0 }

// otherChanges counts the unsaved changes that are not logged answers
// (any change other than a recorded answer), which a reload cannot re-apply.
func (l saveLedger) otherChanges() int {
	n := 0
	for _, r := range l.unsaved {
		if !slices.ContainsFunc(l.answers, func(c answerChange) bool { return c.rev == r }) {
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
func (l saveLedger) unsavedNote() string {
	switch len(l.unsaved) {
	case 0:
		return "Your latest changes are not on disk."
	case 1:
		return "1 change is not on disk."
	}
	return changes(len(l.unsaved)) + " are not on disk."
}

// conflictNote says why the changed-on-disk prompt is up. kept is the
// conflict copy in which the save kept a version another program wrote
// while vetted was saving ("" for none, see disk.KeptCopy): the file at
// the path is then the other program's, and that copy is named, so no
// version goes unmentioned.
func (l saveLedger) conflictNote(kept string) string {
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
