package checklist

import "testing"

func TestFormatting(t *testing.T) {
	cases := []struct{ got, want string }{
		{Thousands(0), "0"},
		{Thousands(999), "999"},
		{Thousands(4000), "4,000"},
		{Thousands(-1234567), "-1,234,567"},
		{FormatCents(120050, false), "$1,200.50"},
		{FormatCents(18500, true), "$185"},
		{FormatCents(18500, false), "$185.00"},
		{FormatCents(12000000, true), "$120,000"},
		{FormatCents(-5, false), "-$0.05"},
		{FormatDollars(222049), "$2,220"},
		{FormatDollars(222050), "$2,221"},
		{FormatDollars(-150), "-$2"},
		{SourceLabel(SeedHospital), "a hospital's page on sex therapists (" + SeedHospital + ")"},
		{SourceLabel(SeedClinic + ", " + SeedOverview), "a clinic's overview of sex therapy (" + SeedClinic + "); an overview of sex therapy (" + SeedOverview + ")"},
		{SourceLabel("notes.txt"), "notes.txt"},
		{MustHave.Label(), "must-have"},
		{Importance("").Label(), "nice to have"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: got %q, want %q", i, c.got, c.want)
		}
	}
}

func TestShortLabel(t *testing.T) {
	if got := ShortLabel(QFee); got != "Fee per session" {
		t.Errorf("ShortLabel(QFee) = %q", got)
	}
	if got := ShortLabel("future.question\x1b[2J"); got != "future.question" {
		t.Errorf("unknown ID = %q, want it made safe", got)
	}
}

func TestAnswerShape(t *testing.T) {
	for _, question := range Catalogue() {
		if shape := AnswerShape(question); shape == "" || shape == string(question.Kind) {
			t.Errorf("%s: no shape for kind %s", question.ID, question.Kind)
		}
	}
	if got := AnswerShape(Question{Kind: KindRating, Min: 1, Max: 5}); got != "a rating, 1 to 5" {
		t.Errorf("rating shape = %q", got)
	}
}
