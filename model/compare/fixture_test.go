package compare

import (
	"fmt"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/theme"
	"github.com/vetted-tui/vetted/store"
)

func init() {
	// Tests and goldens compare plain text: no colour codes whatever the
	// terminal.
	lipgloss.SetColorProfile(termenv.Ascii)
}

// fixtureNames are the first therapists' names; later ones are numbered.
var fixtureNames = []string{"Dr. Ada Quinn", "Sam Rivera", "Lee Morgan", "Priya Natarajan", "Jo Okafor"}

// makeNotebook returns a notebook of n therapists in which every catalogue
// question is answered with a canonical value that varies by therapist,
// except for a few deliberate gaps: therapist 3, 7, ... skipped the
// rescheduling question, therapist 4, 9, ... was never asked the office
// hours. Therapist 1 suggested contact (a red flag, a dealbreaker).
func makeNotebook(n int) *store.Notebook {
	nb := store.New()
	nb.People.Me = "Alex"
	at := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
	for i := 0; i < n; i++ {
		name := fmt.Sprintf("Therapist %d", i+1)
		if i < len(fixtureNames) {
			name = fixtureNames[i]
		}
		t := store.Therapist{
			ID:      fmt.Sprintf("t%03d", i),
			Name:    name,
			Status:  store.Interviewed,
			Answers: map[string]checklist.Answer{},
			Created: at, Updated: at,
		}
		for k, q := range checklist.Catalogue() {
			v := fixtureValue(q, i, k)
			t.Answers[q.ID] = checklist.Answer{Status: checklist.StatusAnswered, Value: v, At: at}
		}
		t.Answers[checklist.QContact] = answered("no")
		if i == 1 {
			t.Answers[checklist.QContact] = answered("yes")
		}
		// Every therapist is licensed, except the ones the cycle says not,
		// so that the red flag stays with therapist 1 alone.
		t.Answers[checklist.QLicense] = answered("yes")
		if i%4 == 3 {
			t.Answers[checklist.QRescheduling] = checklist.Answer{Status: checklist.StatusSkipped, At: at}
		}
		if i%5 == 4 {
			delete(t.Answers, checklist.QHours)
		}
		a := t.Answers[checklist.QFee]
		a.Note = "Sliding scale on request"
		t.Answers[checklist.QFee] = a
		nb.Therapists = append(nb.Therapists, t)
	}
	return nb
}

func answered(v string) checklist.Answer {
	return checklist.Answer{Status: checklist.StatusAnswered, Value: v}
}

// fixtureValue is therapist i's canonical answer to question q (the k-th of
// the catalogue).
func fixtureValue(q checklist.Question, i, k int) string {
	switch q.Kind {
	case checklist.KindYesNo:
		return []string{"yes", "no", "unsure"}[(i+k)%3]
	case checklist.KindChoice:
		return q.Choices[(i+k)%len(q.Choices)].ID
	case checklist.KindMulti:
		a, b := i%len(q.Choices), (i+2)%len(q.Choices)
		if a > b {
			a, b = b, a
		}
		return q.Choices[a].ID + "," + q.Choices[b].ID
	case checklist.KindMoney:
		return fmt.Sprintf("%d.00", 120+(i*35)%150)
	case checklist.KindMinutes:
		return fmt.Sprint(45 + (i%3)*5)
	case checklist.KindCount:
		lo := max(q.Min, 1)
		return fmt.Sprint(lo + int64((i*7+k)%12))
	case checklist.KindRating:
		return fmt.Sprint(1 + (i+3)%5)
	case checklist.KindDate:
		return fmt.Sprintf("2026-12-%02d", 1+(i*5)%28)
	case checklist.KindDuration:
		return []string{"10-12 sessions", "about 4 months", "8-10 weeks", "12"}[i%4]
	}
	return []string{"MA, LMFT; 12 years", "PsyD, AASECT supervisor", "LCSW", "MD, psychiatry"}[i%4]
}

// withPartner adds a partner whose comfort ratings differ from the
// person's by two for every other therapist.
func withPartner(nb *store.Notebook) *store.Notebook {
	nb.People.Partner = "Robin"
	for i := range nb.Therapists {
		t := &nb.Therapists[i]
		mine, _ := checklist.Int(t.Answers[checklist.QComfort].Value)
		theirs := mine
		if i%2 == 0 {
			theirs = mine + 2
			if theirs > 5 {
				theirs = mine - 2
			}
		}
		t.PartnerAnswers = map[string]checklist.Answer{checklist.QComfort: answered(fmt.Sprint(theirs))}
	}
	return nb
}

// Keys for the update-driven tests.
var (
	keyDown     = tea.KeyMsg{Type: tea.KeyDown}
	keyUp       = tea.KeyMsg{Type: tea.KeyUp}
	keyLeft     = tea.KeyMsg{Type: tea.KeyLeft}
	keyRight    = tea.KeyMsg{Type: tea.KeyRight}
	keyTab      = tea.KeyMsg{Type: tea.KeyTab}
	keyShiftTab = tea.KeyMsg{Type: tea.KeyShiftTab}
	keyEsc      = tea.KeyMsg{Type: tea.KeyEsc}
	keyEnter    = tea.KeyMsg{Type: tea.KeyEnter}
)

// runes is a key press of printable characters.
func runes(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

// sized returns a comparison of nb at w×h.
func sized(nb *store.Notebook, w, h int) Model {
	return New(nb, testStyles).SetSize(w, h)
}

// press feeds keys to m one by one and returns the model and the message
// of the last command, if any.
func press(m Model, keys ...tea.KeyMsg) (Model, tea.Msg) {
	var msg tea.Msg
	for _, k := range keys {
		var cmd tea.Cmd
		m, cmd = m.Update(k)
		msg = nil
		if cmd != nil {
			msg = cmd()
		}
	}
	return m, msg
}

// testStyles is the app's one set of styles, built once for the tests as
// the root builds it once for the app.
var testStyles = theme.DefaultStyles()
