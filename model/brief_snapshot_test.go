package model

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/vetted-tui/vetted/brief"
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/demo"
	"github.com/vetted-tui/vetted/export"
	"github.com/vetted-tui/vetted/model/checkin"
	"github.com/vetted-tui/vetted/model/compare"
	"github.com/vetted-tui/vetted/model/priorities"
	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/store"
)

// TestBriefAndExportWriteTheNotebookAsAsked: the brief (B on the roster)
// and the comparison's export are built in their commands, off the UI
// goroutine, from a copy taken when the person asked. Every kind of edit the root
// applies afterwards (answers, a partner's answer, a cleared answer, the
// status, prep, concerns, own words, the partner, an importance, a
// check-in, a delete before the brief's therapist) leaves what is written
// as it was asked for. The edits run before the command, and then while
// it runs on another goroutine: under -race, a copy that shared anything
// the root writes in place fails here.
func TestBriefAndExportWriteTheNotebookAsAsked(t *testing.T) {
	requests := []struct {
		name string
		msg  func(nb *store.Notebook) tea.Msg
		// render is what the request writes for nb.
		render func(nb *store.Notebook) string
		// path is the file a command's message names.
		path func(tea.Msg) string
	}{
		{
			name: "brief",
			msg:  func(*store.Notebook) tea.Msg { return keyMsg("B") }, // on the roster, the second therapist
			render: func(nb *store.Notebook) string {
				var b bytes.Buffer
				opts := brief.Options{Therapist: 1, Concerns: brief.ConcernsOf(nb)}
				if err := brief.Write(&b, nb, brief.FormatMarkdown, opts); err != nil {
					t.Fatal(err)
				}
				return b.String()
			},
			path: func(msg tea.Msg) string {
				done := msg.(screen.StatusMsg)
				_, path, ok := strings.Cut(done.Text, "Brief written to ")
				if done.Err || !ok {
					t.Fatalf("the brief was not written: %s", done.Text)
				}
				return path
			},
		},
		{
			name: "export",
			msg:  func(*store.Notebook) tea.Msg { return compare.ExportRequestMsg{Format: export.FormatMarkdown} },
			render: func(nb *store.Notebook) string {
				var b bytes.Buffer
				if err := export.WriteWith(&b, nb, export.FormatMarkdown, export.Options{}); err != nil {
					t.Fatal(err)
				}
				return b.String()
			},
			path: func(msg tea.Msg) string {
				done := msg.(compare.ExportDoneMsg)
				if done.Err != nil {
					t.Fatal(done.Err)
				}
				return done.Path
			},
		},
	}
	for _, req := range requests {
		for _, concurrent := range []bool{false, true} {
			h := &harness{t: t, m: New(Options{Notebook: notebookForBrief(), ExportDir: t.TempDir()})}
			h.send(tea.WindowSizeMsg{Width: 100, Height: 30})
			h.keys("down") // the roster's second therapist
			want := req.render(h.m.nb().Clone())
			next, cmd := h.m.Update(req.msg(h.m.nb()))
			h.m = next.(Model)
			if cmd == nil {
				t.Fatalf("%s: the request returned no command", req.name)
			}
			var done tea.Msg
			if concurrent {
				result := make(chan tea.Msg)
				go func() { result <- cmd() }()
				h.send(editsAfterBrief(h.m.nb())...)
				done = <-result
			} else {
				h.send(editsAfterBrief(h.m.nb())...)
				done = cmd()
			}
			got, err := os.ReadFile(req.path(done))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != want {
				t.Errorf("%s (concurrent %v): the file holds edits made after the request:\n%s\nwant:\n%s", req.name, concurrent, got, want)
			}
			if req.render(h.m.nb()) == want {
				t.Fatalf("%s: the edits changed nothing the request writes; the test proves nothing", req.name)
			}
		}
	}
}

// notebookForBrief is the demo notebook with the second therapist chosen
// and checked in with once, so the brief for them holds every section.
func notebookForBrief() *store.Notebook {
	nb := demo.Notebook()
	t := &nb.Therapists[1]
	t.Status = store.Chosen
	t.AddCheckIn(store.CheckIn{
		At:      time.Date(2026, 3, 2, 18, 0, 0, 0, time.UTC),
		After:   checklist.AfterFirst,
		Answers: map[string]checklist.Answer{},
	})
	return nb
}

// editsAfterBrief are changes to every part of nb that a brief or an
// export reads, as the screens send them up.
func editsAfterBrief(nb *store.Notebook) []tea.Msg {
	first, second := nb.Therapists[0].ID, nb.Therapists[1].ID
	answered := func(v string) checklist.Answer {
		return checklist.Answer{Status: checklist.StatusAnswered, Value: v}
	}
	return []tea.Msg{
		screen.AnswerRecordedMsg{TherapistID: second, QuestionID: checklist.QInsurance, Answer: answered("yes")},
		screen.AnswerRecordedMsg{TherapistID: second, QuestionID: checklist.QFee, Answer: answered("$999")},
		screen.AnswerClearedMsg{TherapistID: second, QuestionID: checklist.QTraining},
		screen.AnswerRecordedMsg{TherapistID: second, QuestionID: checklist.QComfort, Answer: answered("no"), Partner: true},
		screen.AdvanceStatusMsg{ID: second},
		screen.PrepToggledMsg{ID: checklist.Prep()[0].ID},
		screen.ConcernToggledMsg{ID: checklist.Concerns()[0].ID},
		screen.OwnWordsSavedMsg{Text: "Words written after the request."},
		screen.PartnerSetMsg{Name: "Someone new"},
		priorities.SetImportanceMsg{QuestionID: checklist.QInsurance, Importance: checklist.MustHave},
		checkin.AddMsg{TherapistID: second, CheckIn: store.CheckIn{At: time.Date(2026, 4, 1, 18, 0, 0, 0, time.UTC)}},
		screen.DeleteTherapistMsg{ID: first},
	}
}
