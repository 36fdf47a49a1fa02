package checklist

import (
	"strings"
	"testing"
)

func TestNoBuiltinIDIsOwn(t *testing.T) {
	for _, q := range Catalogue() {
		if IsOwn(q.ID) {
			t.Errorf("built-in question %s uses the own prefix", q.ID)
		}
	}
	for _, c := range Categories() {
		if IsOwn(string(c.ID)) {
			t.Errorf("built-in category %s uses the own prefix", c.ID)
		}
	}
	if id := NewOwnID(); !IsOwn(id) || id == NewOwnID() {
		t.Errorf("NewOwnID gave %q", id)
	}
}

func TestBuiltinSetIsTheCatalogue(t *testing.T) {
	s := Builtin()
	cat := Catalogue()
	if len(s.Questions()) != len(cat) {
		t.Fatalf("%d questions, want %d", len(s.Questions()), len(cat))
	}
	for i, q := range cat {
		if s.Questions()[i].ID != q.ID {
			t.Errorf("question %d is %s, want %s", i, s.Questions()[i].ID, q.ID)
		}
	}
	if Merge(nil) != s {
		t.Error("Merge(nil) is not the built-in set")
	}
}

func TestMergeOrdersHidesAndCaches(t *testing.T) {
	l := &Layout{
		Categories:    []Category{{ID: "own.c", Title: "Mine"}},
		Questions:     []Question{{ID: "own.q", Category: Fees, Kind: KindText, Prompt: "Cash?"}, {ID: "own.r", Category: "own.c", Kind: KindText, Prompt: "R?"}},
		CategoryOrder: []CategoryID{"own.c", Fees},
		QuestionOrder: []string{"own.q", QFee},
		Hidden:        []string{QUpfront, "own.q"},
	}
	s := Merge(l)
	cats := s.Categories()
	if cats[0].ID != "own.c" || cats[1].ID != Fees || cats[2].ID != Education {
		t.Errorf("category order %v", cats)
	}
	fees := s.InCategory(Fees)
	if fees[0].ID != "own.q" || fees[1].ID != QFee {
		t.Errorf("fees start %s, %s", fees[0].ID, fees[1].ID)
	}
	for _, q := range s.Questions() {
		if q.ID == QUpfront {
			t.Error("a hidden built-in is asked")
		}
	}
	if s.Hidden("own.q") {
		t.Error("an own question was hidden: only built-ins hide")
	}
	if Merge(l) != s {
		t.Error("Merge of the same layout built a new set")
	}
	if got := s.ShortLabel("gone.q\x1b[31m"); strings.ContainsRune(got, 0x1b) {
		t.Errorf("ShortLabel of an unknown ID is not made safe: %q", got)
	}
}

func TestCheckOwn(t *testing.T) {
	good := Question{ID: "own.1", Kind: KindChoice, Prompt: "Which?", Choices: []Choice{{ID: "a", Label: "A"}, {ID: "b", Label: "B"}}, Better: "first"}
	if err := CheckOwn(good); err != nil {
		t.Fatal(err)
	}
	for name, q := range map[string]Question{
		"built-in ID":  {ID: QFee, Kind: KindText, Prompt: "x"},
		"unknown kind": {ID: "own.1", Kind: "colour", Prompt: "x"},
		"no prompt":    {ID: "own.1", Kind: KindText, Prompt: " "},
		"one choice":   {ID: "own.1", Kind: KindChoice, Prompt: "x", Choices: []Choice{{ID: "a"}}},
		"text better":  {ID: "own.1", Kind: KindText, Prompt: "x", Better: "higher"},
	} {
		if CheckOwn(q) == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	shaped := ShapeOwn(Question{ID: "own.1", Kind: KindRating, Prompt: "How warm were they on the phone, really?"})
	if shaped.Min != 1 || shaped.Max != 5 || shaped.Short != "How warm were they on the p…" {
		t.Errorf("ShapeOwn: %+v", shaped)
	}
}

func TestWhyAndSourceTextSayWhoseWordsTheyAre(t *testing.T) {
	fee, _ := ByID(QFee)
	own := Question{ID: "own.1", Hint: "I work weekdays"}
	kept := Question{ID: "edu.gone"}
	for _, c := range []struct {
		q           Question
		why, source string
	}{
		{fee, "Why ask: " + fee.Hint, SourceLabel(fee.Source)},
		{own, "Your note on why you ask: I work weekdays", "your own question"},
		{Question{ID: "own.2"}, "Your own question.", "your own question"},
		{kept, "Not in your list of questions: the answers were kept.", "none"},
	} {
		if got := WhyText(c.q); got != c.why {
			t.Errorf("WhyText(%s) = %q, want %q", c.q.ID, got, c.why)
		}
		if got := SourceText(c.q); got != c.source {
			t.Errorf("SourceText(%s) = %q, want %q", c.q.ID, got, c.source)
		}
	}
}
