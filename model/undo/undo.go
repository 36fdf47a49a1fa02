// Package undo holds what u can take back. Every change that takes
// something away (deleting a therapist, clearing an answer, dropping a
// check-in, deleting a question or a category of one's own, leaving a
// form or the interview without its edits) leaves a Step; u on the screen where it happened takes the last one back
// and says what came back. The steps put back only what was taken, so what
// changed since elsewhere stays: a deleted therapist comes back from
// recently deleted (store.Notebook.RestoreTherapist), a cleared answer is
// set again, a deleted question comes back from the archive.
//
// The builders (RestoreTherapist, PutAnswerBack, PutCheckInBack,
// UnarchiveQuestion, CategoryUndo) are pure functions on *store.Notebook; the root keeps the
// Stack, records a step where it changes the notebook, and runs one on u.
package undo

import (
	"fmt"
	"slices"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/store"
)

// MaxSteps is how many steps a Stack keeps: enough for a run of deletes,
// and a bound on what an afternoon of editing holds in memory.
const MaxSteps = 20

// Back puts something taken back into nb. It returns the news ("Brought
// back …") and a row for the screen to select, or ok false when it can no
// longer be put back (the therapist was restored by hand meanwhile).
type Back func(nb *store.Notebook) (news, sel string, ok bool)

// Step is one change that u can take back: exactly one of Back, Reopen
// and Reshow is set.
type Step struct {
	// On names the kind of screen where it happened (Place): u works
	// there only, where the person saw it go.
	On string
	// Back puts it back into the notebook.
	Back Back
	// Reopen is a screen to open again instead (a form left without its
	// edits comes back with them).
	Reopen screen.Screen
	// Reshow gives the screen on top back what it dropped (the questions
	// screen's form, with its edits); ok false when it cannot.
	Reshow func(top screen.Screen) (next screen.Screen, ok bool)
}

// Place names the kind of s: two rosters are the same place.
func Place(s screen.Screen) string { return fmt.Sprintf("%T", s) }

// Stack is the steps u can take back, newest last. It is a value: Push
// and Take never change the slice another copy holds.
type Stack []Step

// Push adds step for the screen of kind on, forgetting the oldest beyond
// MaxSteps.
func (s Stack) Push(on string, step Step) Stack {
	step.On = on
	s = append(slices.Clip(s), step)
	if len(s) > MaxSteps {
		s = s[len(s)-MaxSteps:]
	}
	return s
}

// Last returns the index of the newest step of the screen of kind on, or
// -1.
func (s Stack) Last(on string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i].On == on {
			return i
		}
	}
	return -1
}

// Take removes step i and returns it. It copies: deleting in place would
// shift the steps of every other copy of the stack.
func (s Stack) Take(i int) (Stack, Step) {
	step := s[i]
	return slices.Delete(slices.Clone(s), i, i+1), step
}

// OwnKey reports whether s binds k itself (the interview's u is "unsure"),
// so that k is not the root's undo there.
func OwnKey(s screen.Screen, k tea.KeyMsg) bool {
	for _, group := range s.FullHelp() {
		for _, b := range group {
			if key.Matches(k, b) {
				return true
			}
		}
	}
	return false
}

// Word is the key that undoes on s, for the news: u, or ctrl+z where the
// screen has a u of its own.
func Word(s screen.Screen) string {
	if OwnKey(s, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'u'}}) {
		return "ctrl+z"
	}
	return "u"
}

// SaveWord is the key that saves on s, for the news of an undo that
// brought edits back: the key its help calls "save" (ctrl+s in a form,
// enter in the interview).
func SaveWord(s screen.Screen) string {
	for _, group := range s.FullHelp() {
		for _, b := range group {
			if b.Enabled() && b.Help().Desc == "save" {
				return b.Help().Key
			}
		}
	}
	return "ctrl+s"
}

// Discarder is a screen that can be left without its edits (a form, the
// interview): Discarded returns it open again with them, and whether it
// was so left.
type Discarder interface {
	Discarded() (again screen.Screen, ok bool)
}

// RestoreTherapist is the undo of a delete: the therapist comes back from
// recently deleted to where they stood.
func RestoreTherapist(id, name string) Back {
	return func(nb *store.Notebook) (string, string, bool) {
		if _, ok := nb.RestoreTherapist(id); !ok {
			return "", "", false
		}
		return "Brought back " + name + " and their answers.", id, true
	}
}

// PutAnswerBack is the undo of clearing an answer: it is set again, as it
// was, unless the therapist is gone. what names it in the news.
func PutAnswerBack(tid, qid string, partner bool, a checklist.Answer, what string) Back {
	return func(nb *store.Notebook) (string, string, bool) {
		i, ok := nb.Find(tid)
		if !ok {
			return "", "", false
		}
		t := &nb.Therapists[i]
		if partner {
			t.SetPartnerAnswer(qid, a)
		} else {
			t.SetAnswer(qid, a)
		}
		return "Brought back " + what + ".", "", true
	}
}

// PutCheckInBack is the undo of dropping check-in c, which was the
// therapist's check-in i; name names it in the news, sel for the list to
// select. It goes back to that place, unless the therapist is gone or it
// is there already (a reload from disk).
func PutCheckInBack(tid string, i int, c store.CheckIn, name, sel string) Back {
	return func(nb *store.Notebook) (string, string, bool) {
		at, ok := nb.Find(tid)
		if !ok {
			return "", "", false
		}
		t := &nb.Therapists[at]
		if slices.ContainsFunc(t.CheckIns, func(o store.CheckIn) bool { return o.At.Equal(c.At) }) {
			return "", "", false
		}
		t.PutCheckInBack(i, c)
		return "Brought back the check-in of " + name + ".", sel, true
	}
}

// UnarchiveQuestion is the undo of deleting a question: its newest entry
// in the archive is restored, answers and all (store.Notebook.Restore).
func UnarchiveQuestion(id, label string, now func() time.Time) Back {
	return func(nb *store.Notebook) (string, string, bool) {
		if nb.Questions == nil {
			return "", "", false
		}
		for i := len(nb.Questions.Archive) - 1; i >= 0; i-- {
			if nb.Questions.Archive[i].Question.ID != id {
				continue
			}
			n, err := nb.Restore(i, now())
			if err != nil {
				return "", "", false
			}
			return fmt.Sprintf("Brought back %s, with %s.", label, screen.Plural(n, "answer")), "q:" + id, true
		}
		return "", "", false
	}
}

// CategoryUndo returns the undo of deleting the own category id of l,
// taken before it goes; ok is false when l has no such category.
func CategoryUndo(l *checklist.Layout, id checklist.CategoryID) (back Back, ok bool) {
	if l == nil {
		return nil, false
	}
	at := slices.IndexFunc(l.Categories, func(c checklist.Category) bool { return c.ID == id })
	if at < 0 {
		return nil, false
	}
	return putCategoryBack(l.Categories[at], at, slices.Index(l.CategoryOrder, id)), true
}

// putCategoryBack is the undo of deleting an (empty) category of one's
// own: it goes back where it stood in the list and in the order.
func putCategoryBack(c checklist.Category, at, orderAt int) Back {
	return func(nb *store.Notebook) (string, string, bool) {
		l := nb.Questions.Clone()
		if slices.ContainsFunc(l.Categories, func(o checklist.Category) bool { return o.ID == c.ID }) {
			return "", "", false
		}
		l.Categories = slices.Insert(l.Categories, min(at, len(l.Categories)), c)
		if orderAt >= 0 {
			l.CategoryOrder = slices.Insert(l.CategoryOrder, min(orderAt, len(l.CategoryOrder)), c.ID)
		}
		nb.Questions = l
		return "Brought back the category " + screen.Quoted(c.Title) + ".", "c:" + string(c.ID), true
	}
}
