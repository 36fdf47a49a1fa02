package roster

import (
	"testing"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/model/cell"
	"github.com/vetted-tui/vetted/store"
)

// wideNotebook has names and credentials in CJK and emoji, each character
// two columns wide.
func wideNotebook() *store.Notebook {
	nb := store.New()
	names := []string{"王小明 医生 心理治疗师 李", "Zoë 🌈 Park-Nakamura 🙂🙂🙂", "김지은", "Dr Ada"}
	creds := []string{"临床心理学博士 CST 🌈", "LMFT, CST, AASECT 🙂", "PhD", "LCSW, CST, PhD, 性治疗"}
	for i, n := range names {
		nb.Therapists = append(nb.Therapists, store.Therapist{ID: store.NewID(), Name: n, Credentials: creds[i]})
	}
	return nb
}

// minWidth is the narrowest body the roster is drawn in.
const minWidth = 58

// Credentials are cut only when the names have no room to give, and the
// other way round.
func TestRosterSharesRoomBetweenNameAndCredentials(t *testing.T) {
	nb := wideNotebook()
	wantName, wantCreds := 0, 0
	for i := range nb.Therapists {
		wantName = max(wantName, cell.Width(nb.Therapists[i].Name))
		wantCreds = max(wantCreds, cell.Width(nb.Therapists[i].Credentials))
	}
	for w := minWidth; w <= 200; w++ {
		cols, room := pickColumns(w)
		cols, nameW := shareRoom(&viewCache{}, newTally(nb.Catalogue()), cols, room, nb.Therapists)
		for _, c := range cols {
			if c.title != "Credentials" {
				continue
			}
			if c.width < wantCreds && nameW > wantName {
				t.Errorf("width %d: credentials cut to %d while the names have %d spare", w, c.width, nameW-wantName)
			}
			if nameW < wantName && c.width > wantCreds {
				t.Errorf("width %d: names cut to %d while credentials have %d spare", w, nameW, c.width-wantCreds)
			}
		}
	}
}

// TestRosterAnsweredColumnFitsWithOwnCategories: with categories of the
// person's own the per-category count drops its spaces, then gives the
// total, rather than a row cut short.
func TestRosterAnsweredColumnFitsWithOwnCategories(t *testing.T) {
	nb := store.New()
	nb.Therapists = append(nb.Therapists, store.Therapist{ID: store.NewID(), Name: "Dr A", Answers: map[string]checklist.Answer{}})
	for _, title := range []string{"Practicalities", "Money"} {
		c := nb.AddCategory(title)
		if _, err := nb.AddQuestion(checklist.Question{Category: c.ID, Kind: checklist.KindText, Prompt: title + "?"}); err != nil {
			t.Fatal(err)
		}
	}
	set := nb.Catalogue()
	got := answeredByCategory(newTally(set), &nb.Therapists[0])
	if got != "0/27 answered" {
		t.Errorf("seven categories: %q", got)
	}
	if _, err := nb.DeleteQuestion(nb.Questions.Questions[1].ID, nb.Therapists[0].Created); err != nil {
		t.Fatal(err)
	}
	if got := answeredByCategory(newTally(nb.Catalogue()), &nb.Therapists[0]); got != "E0/5 L0/4 T0/7 F0/4 S0/5 P0/1" {
		t.Errorf("six categories: %q", got)
	}
	if got := answeredByCategory(newTally(checklist.Builtin()), &nb.Therapists[0]); got != "E 0/5 L 0/4 T 0/7 F 0/4 S 0/5" {
		t.Errorf("the built-in five: %q", got)
	}
}
