package interview

import (
	"slices"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/screen"
)

// Leaving with edits, and coming back to them. y to "Leave without saving
// your edits?" closes the interview; the root keeps it (Discarded), and u
// on the screen below opens it again, read afresh from the notebook
// (Refresh) with what was typed and not recorded back in its fields.

// Discarded reports whether the interview was left without its edits (y
// to "Leave without saving your edits?") and returns it open again with
// them, for the root's undo. The root reads the notebook into it again
// when it reopens it (Refresh keeps the edits), so answers recorded
// meanwhile show.
func (iv Model) Discarded() (screen.Screen, bool) {
	left := iv.left && iv.dirty()
	iv.left = false
	if left && !iv.inputs[iv.index].dirty() {
		// Left from a question without edits: it opens again on the
		// first one that holds some, what was typed in view.
		iv.index = slices.IndexFunc(iv.inputs, func(in questionInput) bool { return in.dirty() })
		if iv.index < 0 {
			iv.index = max(0, iv.firstPartnerEdit())
		}
	}
	return iv, left
}

// keepEdits carries what was typed and not recorded in old into iv, built
// afresh on the notebook: question by question (matched by ID, so a
// catalogue that changed meanwhile keeps each edit on its question), the
// answer and the note apart. What iv loaded stays the yardstick of an
// edit, so an edit the notebook caught up with meanwhile is no longer
// one. An answer whose question changed kind or options is not carried:
// what was picked would mean something else.
func (iv Model) keepEdits(old Model) Model {
	at := make(map[string]int, len(old.questions))
	for i, q := range old.questions {
		at[q.ID] = i
	}
	for i, q := range iv.questions {
		j, ok := at[q.ID]
		if !ok {
			continue
		}
		iv.inputs[i] = carryInput(iv.inputs[i], old.inputs[j])
		if q.Personal && i < len(iv.partner.inputs) && j < len(old.partner.inputs) && old.questions[j].Personal {
			iv.partner.inputs[i] = carryInput(iv.partner.inputs[i], old.partner.inputs[j])
		}
	}
	return iv
}

// carryInput is fresh, built from the notebook, with the edits of old,
// the same question's inputs before.
func carryInput(fresh, old questionInput) questionInput {
	if old.widget.dirty() && sameAnswerKind(fresh.widget, old.widget) {
		w := old.widget
		w.q, w.options, w.initial = fresh.widget.q, fresh.widget.options, fresh.widget.initial
		fresh.widget = w
	}
	if old.note.Value() != old.noteInit {
		fresh.note.SetValue(old.note.Value())
	}
	return fresh
}

// sameAnswerKind reports whether an answer typed or picked in b means the
// same in a: the same kind, the same options in the same order.
func sameAnswerKind(a, b answerWidget) bool {
	return a.q.Kind == b.q.Kind && slices.EqualFunc(a.options, b.options, func(x, y checklist.Choice) bool { return x.ID == y.ID })
}
