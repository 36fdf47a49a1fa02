package checkin

import (
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/internal/viewtest"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/model/theme"
	"github.com/vetted-tui/vetted/store"
)

func init() { viewtest.NoColor() }

// clock is the fixed time the tests' check-ins are made at.
var clock = time.Date(2026, 12, 8, 9, 30, 0, 0, time.UTC)

func fixedNow() time.Time { return clock }

func answer(v, note string) checklist.Answer {
	return checklist.Answer{Status: checklist.StatusAnswered, Value: v, Note: note}
}

// notebook holds three therapists: Ada (chosen, the best answers on the
// call), Bea (second best) and Cy (little recorded).
func notebook() *store.Notebook {
	nb := store.New()
	good := map[string]checklist.Answer{
		"safety.people_like_me":  answer("yes", ""),
		"safety.confidentiality": answer("yes", ""),
		"safety.physician":       answer("yes", ""),
		"safety.contact":         answer("no", ""),
		"safety.comfort":         answer("5", ""),
	}
	bea := map[string]checklist.Answer{
		"safety.people_like_me": answer("yes", ""),
		"safety.contact":        answer("no", ""),
		"safety.comfort":        answer("4", ""),
	}
	nb.Therapists = []store.Therapist{
		{ID: "ada", Name: "Ada Best", Status: store.Chosen, Answers: good},
		{ID: "bea", Name: "Bea Second", Status: store.Interviewed, Answers: bea},
		{ID: "cy", Name: "Cy Third", Status: store.Interviewed},
	}
	return nb
}

// checkIn is a check-in at day d of December with comfort c ("" for none)
// and felt-heard h ("" for none).
func checkIn(d int, after, c, h string) store.CheckIn {
	ci := store.CheckIn{At: time.Date(2026, 12, d, 18, 0, 0, 0, time.UTC), After: after, Answers: map[string]checklist.Answer{}}
	if c != "" {
		ci.Answers[checklist.CheckComfort] = answer(c, "")
	}
	if h != "" {
		ci.Answers[checklist.CheckHeard] = answer(h, "")
	}
	return ci
}

func common(nb *store.Notebook, w, h int) *screen.Common {
	c := screen.NewCommon(nb, theme.DefaultStyles(), nil, ".")
	c.Width, c.Height = w, h
	return c
}

// press feeds keys to s through the Screen interface, running none of
// their commands: a text input's cursor blink is a timer.
func press(s screen.Screen, keys ...string) screen.Screen {
	for _, k := range keys {
		s, _ = s.Update(viewtest.Key(k))
	}
	return s
}

// send feeds one key that answers with a message (save, back, a reply)
// and returns the messages its command sent, a batch unpacked. Never a
// key typed into a field: its command is the cursor's timer.
func send(s screen.Screen, k string) (screen.Screen, []tea.Msg) {
	s, cmd := s.Update(viewtest.Key(k))
	return s, run(cmd)
}

// run runs cmd and the commands of a batch, returning their messages.
func run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range b {
			out = append(out, run(c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

func plain(s screen.Screen) string { return ansi.Strip(s.View()) }

// flat is viewtest.Flat: wrapped text read back as one line.
func flat(s string) string { return viewtest.Flat(s) }

// checkFits is viewtest.Fits.
func checkFits(t *testing.T, v string, w, h int) {
	t.Helper()
	viewtest.Fits(t, v, w, h)
}
