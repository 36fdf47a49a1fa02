package ledger

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/store/disk"
)

// ledgerEvent is one thing that happens to the ledger in a table row.
type ledgerEvent struct {
	name string
	do   func(Ledger) (Ledger, Step)
}

func aChange() ledgerEvent {
	return ledgerEvent{"change", func(l Ledger) (Ledger, Step) {
		l, _, _ = l.Begin(true)
		return l, Step{}
	}}
}

// resave is the save a step asked for (step.Save).
func resave() ledgerEvent {
	return ledgerEvent{"resave", func(l Ledger) (Ledger, Step) {
		l, _, _ = l.Begin(false)
		return l, Step{}
	}}
}

func ok(rev uint64) ledgerEvent {
	return ledgerEvent{fmt.Sprint("ok ", rev), func(l Ledger) (Ledger, Step) {
		return l.Settle(Saved{Rev: rev})
	}}
}

func failed(rev uint64, err error) ledgerEvent {
	return ledgerEvent{fmt.Sprint("failed ", rev), func(l Ledger) (Ledger, Step) {
		return l.Settle(Saved{Rev: rev, Err: err})
	}}
}

func dropped(rev uint64, prevErr error) ledgerEvent {
	return ledgerEvent{fmt.Sprint("dropped ", rev), func(l Ledger) (Ledger, Step) {
		return l.Settle(Saved{Rev: rev, Dropped: prevErr == nil, PrevErr: prevErr})
	}}
}

func emptying(name string) ledgerEvent {
	return ledgerEvent{"empty " + name, func(l Ledger) (Ledger, Step) {
		return l.Emptying(name), Step{}
	}}
}

func logAnswer(q string) ledgerEvent {
	return ledgerEvent{"answer " + q, func(l Ledger) (Ledger, Step) {
		return l.RecordAnswer(AnswerChange{QuestionID: q}), Step{}
	}}
}

var (
	quitKey   = ledgerEvent{"q", func(l Ledger) (Ledger, Step) { return l.Quit(), Step{} }}
	ctrlC     = ledgerEvent{"ctrl+c", func(l Ledger) (Ledger, Step) { return l.Interrupt(false) }}
	ctrlCHeld = ledgerEvent{"ctrl+c at the prompt", func(l Ledger) (Ledger, Step) { return l.Interrupt(true) }}
	check     = ledgerEvent{"quit check", func(l Ledger) (Ledger, Step) { return l, l.Check() }}
	resolve   = ledgerEvent{"resolved", func(l Ledger) (Ledger, Step) { return l.Resolved(), Step{} }}
)

var (
	errFull    = errors.New("vetted: cannot save /x/notebook.json: no space left on device")
	errChanged = fmt.Errorf("vetted: %w", disk.ErrChangedOnDisk)
	errStale   = fmt.Errorf("vetted: %w", disk.ErrSuperseded)
)

// TestSaveLedger walks sequences of events through the ledger and checks
// where it ends and what its last step said.
func TestSaveLedger(t *testing.T) {
	tests := []struct {
		name   string
		events []ledgerEvent
		// the ledger at the end
		rev, lastGood, errRev, dropRev uint64
		pending, unsaved, answers      int
		quitting, quitAnyway           bool
		// the last step
		say       string // a part of it; "" means nothing said
		isErr     bool
		recovered string
		save      bool
		quit      bool
		conflict  bool
		exitNote  string // a part of it
	}{
		{name: "a change is saved", events: []ledgerEvent{aChange(), ok(1)},
			rev: 1, lastGood: 1},
		{name: "saves end out of order: the older one changes nothing", events: []ledgerEvent{aChange(), aChange(), ok(2), ok(1)},
			rev: 2, lastGood: 2},
		{name: "a failure shows its error and counts the change", events: []ledgerEvent{aChange(), failed(1, errFull)},
			rev: 1, errRev: 1, unsaved: 1, say: "no space left", isErr: true},
		{name: "a failure that a newer good save covers is moot", events: []ledgerEvent{aChange(), aChange(), ok(2), failed(1, errFull)},
			rev: 2, lastGood: 2},
		{name: "a newer good save clears the failure and says saved", events: []ledgerEvent{aChange(), failed(1, errFull), aChange(), ok(2)},
			rev: 2, lastGood: 2, recovered: "Saved."},
		{name: "an older good save does not clear a newer failure", events: []ledgerEvent{aChange(), aChange(), failed(2, errFull), ok(1)},
			rev: 2, lastGood: 1, errRev: 2, unsaved: 1},
		{name: "a superseded save neither counts nor fails", events: []ledgerEvent{aChange(), aChange(), failed(1, errStale)},
			rev: 2, pending: 1, unsaved: 2},
		{name: "quit waits for a running save", events: []ledgerEvent{aChange(), quitKey, check},
			rev: 1, pending: 1, unsaved: 1, quitting: true},
		{name: "quit ends once the save is on disk", events: []ledgerEvent{aChange(), quitKey, ok(1)},
			rev: 1, lastGood: 1, quitting: true, quit: true},
		{name: "quit with nothing to save ends at the check", events: []ledgerEvent{quitKey, check},
			quitting: true, quit: true},
		{name: "a failed save is saved again before quitting", events: []ledgerEvent{aChange(), failed(1, errFull), quitKey, check},
			rev: 1, errRev: 1, unsaved: 1, quitting: true, save: true},
		{name: "the save again works: quit", events: []ledgerEvent{aChange(), failed(1, errFull), quitKey, check, resave(), ok(2)},
			rev: 2, lastGood: 2, quitting: true, recovered: "Saved.", quit: true},
		{name: "a failure while quitting stays and offers quit anyway", events: []ledgerEvent{aChange(), ctrlC, failed(1, errFull)},
			rev: 1, errRev: 1, unsaved: 1, quitAnyway: true,
			say: "1 change is not on disk. Press ctrl+c again to quit without saving.", isErr: true},
		{name: "while quitting a newer save may cover a failure: wait", events: []ledgerEvent{aChange(), aChange(), quitKey, failed(1, errFull)},
			rev: 2, errRev: 1, pending: 1, unsaved: 2, quitting: true, say: "no space left", isErr: true},
		{name: "second ctrl+c after a failed quit forces, with the exit note", events: []ledgerEvent{aChange(), aChange(), ctrlC, failed(1, errFull), failed(2, errFull), ctrlC},
			rev: 2, errRev: 2, unsaved: 2, quitAnyway: true, quit: true,
			say: "Quit without saving: 2 changes not on disk.", isErr: true, exitNote: "Quit without saving: 2 changes"},
		{name: "second ctrl+c while a save runs forces", events: []ledgerEvent{aChange(), ctrlC, ctrlC},
			rev: 1, pending: 1, unsaved: 1, quit: true,
			say: "Quit before the save finished: 1 change may not be on disk.", isErr: true, exitNote: "may not be on disk"},
		{name: "a good save forgets quit anyway", events: []ledgerEvent{aChange(), ctrlC, failed(1, errFull), aChange(), ok(2)},
			rev: 2, lastGood: 2, recovered: "Saved."},
		{name: "q after a failed quit starts over", events: []ledgerEvent{aChange(), ctrlC, failed(1, errFull), quitKey},
			rev: 1, errRev: 1, unsaved: 1, quitting: true},
		{name: "changed on disk opens the prompt", events: []ledgerEvent{aChange(), failed(1, errChanged)},
			rev: 1, errRev: 1, unsaved: 1, conflict: true, isErr: true,
			say: "changed on disk since vetted read it (another computer or a sync tool?); vetted wrote nothing over it. 1 change is not on disk."},
		{name: "changed on disk while quitting: the prompt says ctrl+c quits", events: []ledgerEvent{aChange(), ctrlC, failed(1, errChanged)},
			rev: 1, errRev: 1, unsaved: 1, quitAnyway: true, conflict: true, isErr: true,
			say: "Press ctrl+c again to quit without them."},
		{name: "ctrl+c at the prompt first says what is unsaved", events: []ledgerEvent{aChange(), failed(1, errChanged), ctrlCHeld},
			rev: 1, errRev: 1, unsaved: 1, quitAnyway: true, isErr: true,
			say: "1 change is not on disk. ctrl+r or ctrl+o keeps them"},
		{name: "then a second ctrl+c quits without them", events: []ledgerEvent{aChange(), failed(1, errChanged), ctrlCHeld, ctrlCHeld},
			rev: 1, errRev: 1, unsaved: 1, quitAnyway: true, quit: true, isErr: true,
			say: "Quit without saving: 1 change not on disk.", exitNote: "1 change not on disk"},
		{name: "a reload or copy settles everything but running saves", events: []ledgerEvent{aChange(), logAnswer("q"), emptying("Ann"), aChange(), failed(2, errChanged), resolve},
			rev: 2, lastGood: 2, pending: 1},
		{name: "emptying's save drops the kept previous version", events: []ledgerEvent{aChange(), ok(1), emptying("Ann"), aChange(), dropped(2, nil)},
			rev: 2, lastGood: 2, say: "Emptied recently deleted: Ann gone from the file."},
		{name: "the previous version stays when it cannot be removed", events: []ledgerEvent{emptying("Ann"), aChange(), dropped(1, errors.New("permission denied"))},
			rev: 1, lastGood: 1, dropRev: 1, isErr: true, say: "Emptied recently deleted (Ann), but permission denied. That copy still holds"},
		{name: "emptying's save that fails keeps it pending", events: []ledgerEvent{emptying("Ann"), aChange(), failed(1, errFull)},
			rev: 1, errRev: 1, dropRev: 1, unsaved: 1, isErr: true, say: "no space left"},
		{name: "a newer failure stays in view after the drop", events: []ledgerEvent{emptying("Ann"), aChange(), aChange(), failed(2, errFull), dropped(1, nil)},
			rev: 2, lastGood: 1, errRev: 2, unsaved: 1},
		{name: "answers are logged until their save is on disk", events: []ledgerEvent{aChange(), logAnswer("a"), aChange(), logAnswer("b"), ok(1)},
			rev: 2, lastGood: 1, pending: 1, unsaved: 1, answers: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var l Ledger
			var step Step
			var trail []string
			for _, e := range tt.events {
				l, step = e.do(l)
				trail = append(trail, e.name)
			}
			at := strings.Join(trail, ", ")
			if l.rev != tt.rev || l.lastGood != tt.lastGood || l.errRev != tt.errRev || l.dropRev != tt.dropRev {
				t.Errorf("%s: rev %d lastGood %d errRev %d dropRev %d, want %d %d %d %d",
					at, l.rev, l.lastGood, l.errRev, l.dropRev, tt.rev, tt.lastGood, tt.errRev, tt.dropRev)
			}
			if l.pending != tt.pending || len(l.unsaved) != tt.unsaved || len(l.answers) != tt.answers {
				t.Errorf("%s: pending %d unsaved %v answers %d, want %d %d %d",
					at, l.pending, l.unsaved, len(l.answers), tt.pending, tt.unsaved, tt.answers)
			}
			if l.quitting != tt.quitting || l.quitAnyway != tt.quitAnyway {
				t.Errorf("%s: quitting %v quitAnyway %v, want %v %v", at, l.quitting, l.quitAnyway, tt.quitting, tt.quitAnyway)
			}
			if (tt.say == "") != (step.Say == "") || !strings.Contains(step.Say, tt.say) || step.IsErr != tt.isErr {
				t.Errorf("%s: said %q (error %v), want %q (error %v)", at, step.Say, step.IsErr, tt.say, tt.isErr)
			}
			if step.Recovered != tt.recovered || step.Save != tt.save || step.Quit != tt.quit || step.Conflict != tt.conflict {
				t.Errorf("%s: recovered %q save %v quit %v conflict %v, want %q %v %v %v",
					at, step.Recovered, step.Save, step.Quit, step.Conflict, tt.recovered, tt.save, tt.quit, tt.conflict)
			}
			if (tt.exitNote == "") != (step.ExitNote == "") || !strings.Contains(step.ExitNote, tt.exitNote) {
				t.Errorf("%s: exit note %q, want %q", at, step.ExitNote, tt.exitNote)
			}
		})
	}
}

// TestSaveLedgerIsAValue checks that a step leaves the ledger it was
// given as it was: a copy kept from before (a Model Bubble Tea dropped)
// must not see later saves.
func TestSaveLedgerIsAValue(t *testing.T) {
	var l Ledger
	l, _, _ = l.Begin(true)
	l = l.RecordAnswer(AnswerChange{QuestionID: "a"})
	l, _, _ = l.Begin(true)
	l = l.RecordAnswer(AnswerChange{QuestionID: "b"})
	before := l
	after, _ := l.Settle(Saved{Rev: 1})
	if len(after.unsaved) != 1 || len(after.answers) != 1 {
		t.Fatalf("after the save: unsaved %v, answers %d", after.unsaved, len(after.answers))
	}
	if len(before.unsaved) != 2 || before.unsaved[0] != 1 || before.answers[0].QuestionID != "a" {
		t.Fatalf("the ledger before the save changed: unsaved %v, answers %v", before.unsaved, before.answers)
	}
	grown, _, _ := before.Begin(true)
	other, _, _ := before.Begin(true)
	if grown.unsaved[2] != 3 || other.unsaved[2] != 3 || len(before.unsaved) != 2 {
		t.Fatalf("two begins from one ledger share their changes: %v %v %v", grown.unsaved, other.unsaved, before.unsaved)
	}
}
