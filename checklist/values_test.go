package checklist

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vetted-tui/vetted/checklist/duration"
)

// q returns a catalogue question by ID or stops the test.
func q(t testing.TB, id string) Question {
	t.Helper()
	question, ok := ByID(id)
	if !ok {
		t.Fatalf("no question %q in the catalogue", id)
	}
	return question
}

// kindSamples is one catalogue question of every kind.
var kindSamples = map[Kind]string{
	KindYesNo:    QLicense,
	KindChoice:   QFrequency,
	KindMulti:    QApproaches,
	KindMoney:    QFee,
	KindMinutes:  QSessionLength,
	KindCount:    QYears,
	KindText:     QTraining,
	KindRating:   QComfort,
	KindDate:     QFirstOpening,
	KindDuration: QCourse,
}

// TestParseCommonInputs runs the same awkward inputs through every kind.
// want "" means the input must be refused.
func TestParseCommonInputs(t *testing.T) {
	inputs := []string{"$1,200.50", "185", "abc", "-50", "1e9", "", "   "}
	want := map[Kind][]string{
		KindYesNo:    {"", "", "", "", "", "", ""},
		KindChoice:   {"", "", "", "", "", "", ""},
		KindMulti:    {"", "", "", "", "", "", ""},
		KindMoney:    {"1200.50", "185.00", "", "", "", "", ""},
		KindMinutes:  {"", "185", "", "", "", "", ""},
		KindCount:    {"", "", "", "", "", "", ""}, // 185 years is out of range
		KindText:     {"$1,200.50", "185", "abc", "-50", "1e9", "", ""},
		KindRating:   {"", "", "", "", "", "", ""},
		KindDate:     {"", "", "", "", "", "", ""},
		KindDuration: {"", "185 sessions", "", "", "", "", ""},
	}
	if len(want) != len(kindSamples) {
		t.Fatalf("table covers %d kinds, samples %d", len(want), len(kindSamples))
	}
	for kind, id := range kindSamples {
		question := q(t, id)
		if question.Kind != kind {
			t.Fatalf("%s is %s, want %s", id, question.Kind, kind)
		}
		for i, in := range inputs {
			got, err := Parse(question, in)
			if w := want[kind][i]; w == "" {
				if err == nil {
					t.Errorf("%s: Parse(%q) = %q, want an error", kind, in, got)
				}
			} else if err != nil || got != w {
				t.Errorf("%s: Parse(%q) = %q, %v; want %q", kind, in, got, err, w)
			}
		}
	}
}

func TestParseEmptyMessage(t *testing.T) {
	for kind, id := range kindSamples {
		want := "Type an answer, or skip this question."
		if kind == KindChoice || kind == KindMulti {
			want = "Pick at least one option, or skip this question."
		}
		_, err := Parse(q(t, id), " \t\n")
		if err == nil || err.Error() != want {
			t.Errorf("%s: empty input gave %v, want %q", kind, err, want)
		}
	}
}

type parseCase struct {
	in, want string // want "" means an error
}

func runParse(t *testing.T, question Question, cases []parseCase) {
	t.Helper()
	for _, c := range cases {
		got, err := Parse(question, c.in)
		if c.want == "" {
			if err == nil {
				t.Errorf("%s: Parse(%q) = %q, want an error", question.ID, c.in, got)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("%s: Parse(%q) = %q, %v; want %q", question.ID, c.in, got, err, c.want)
		}
	}
}

func TestParseMoney(t *testing.T) {
	runParse(t, q(t, QFee), []parseCase{
		{"$1,200.50", "1200.50"},
		{"185", "185.00"},
		{"185.5", "185.50"},
		{"$ 185", "185.00"},
		{"1200", "1200.00"},
		{"  $0  ", "0.00"},
		{"0185", "185.00"},
		{"$100,000", "100000.00"},
		{"100000.00", "100000.00"},
		{"100000.01", ""},
		{"1,000,000", ""},
		{"99999999999999999999999", ""},
		{"abc", ""},
		{"-50", ""},
		{"$-50", ""},
		{"1e9", ""},
		{"185.555", ""},
		{"1,20", ""},
		{"12,00.50", ""},
		{",185", ""},
		{"185.", ""},
		{"$$185", ""},
		{"185 dollars", ""},
		{"１８５", ""}, // full-width digits are not \d in RE2's ASCII class
	})
	for in, msg := range map[string]string{
		"-50":      "Enter an amount of zero or more.",
		"185.555":  "Use at most two decimals, like 185.50.",
		"$200,000": "Amounts above $100,000 per session are not accepted.",
		"abc":      "Enter an amount like $185 or 1,200.50.",
	} {
		if _, err := Parse(q(t, QFee), in); err == nil || err.Error() != msg {
			t.Errorf("Parse(%q) error = %v, want %q", in, err, msg)
		}
	}
}

func TestParseYesNo(t *testing.T) {
	runParse(t, q(t, QLicense), []parseCase{
		{"y", "yes"}, {"YES", "yes"}, {" Yes ", "yes"},
		{"n", "no"}, {"No", "no"},
		{"u", "unsure"}, {"Unsure", "unsure"}, {"?", "unsure"},
		{"not sure", "unsure"}, {"Not  Sure", "unsure"},
		{"don't know", "unsure"}, {"Don’t know", "unsure"},
		{"yeah", ""}, {"1", ""}, {"yes no", ""},
	})
}

func TestParseChoice(t *testing.T) {
	runParse(t, q(t, QFrequency), []parseCase{
		{"weekly", FreqWeekly},
		{"Every two weeks", FreqBiweekly},
		{"EVERY TWO WEEKS", FreqBiweekly},
		{"3", FreqMonthly},
		{"1", FreqWeekly},
		{"4", FreqOther},
		{"0", ""}, {"5", ""}, {"-1", ""}, {"1.0", ""}, {"weekly,monthly", ""},
	})
	if _, err := Parse(q(t, QFrequency), "9"); err == nil || err.Error() != "Pick an option from 1 to 4, by number or name." {
		t.Errorf("out-of-range choice error = %v", err)
	}
}

func TestParseMulti(t *testing.T) {
	runParse(t, q(t, QApproaches), []parseCase{
		{"cbt", "cbt"},
		{"mindfulness, cbt", "cbt,mindfulness"},
		{"3,1,3", "cbt,communication"},
		{"CBT , psychoeducation,", "cbt,psychoeducation"},
		// a label with a comma in it, next to another option
		{"Assignments (sensate focus), Trauma-informed", "behavioural,trauma"},
		{"communication training", "communication"},
		{",", ""},
		{"cbt, hypnosis", ""},
		{"8", ""},
	})
}

func TestParseMinutes(t *testing.T) {
	runParse(t, q(t, QSessionLength), []parseCase{
		{"50", "50"}, {"50 min", "50"}, {"50m", "50"}, {"50 minutes", "50"},
		{"1h", "60"}, {"1 hour", "60"}, {"1h30", "90"}, {"1h 30m", "90"},
		{"1 hr 15 min", "75"}, {"1.5h", "90"}, {"1.25 hours", "75"},
		{"1:30", "90"}, {"2h", "120"}, {"4h", "240"},
		{"10", "10"}, {"9", ""}, {"241", ""}, {"5h", ""},
		{"1h75", ""}, {"1:75", ""}, {"1.5h30", ""}, {"1.01h", ""},
		{"50.5", ""}, {"-50", ""}, {"1e9", ""}, {"fifty", ""}, {"50 sec", ""},
	})
	if _, err := Parse(q(t, QSessionLength), "500"); err == nil || err.Error() != "Enter a length from 10 to 240 min." {
		t.Errorf("minutes range error = %v", err)
	}
}

func TestParseCountAndRating(t *testing.T) {
	runParse(t, q(t, QYears), []parseCase{
		{"0", "0"}, {"8", "8"}, {"70", "70"}, {"8 years", "8"}, {"1 year", "1"},
		{"71", ""}, {"3.5", ""}, {"-2", ""}, {"1e9", ""}, {"8 sessions", ""}, {"+8", ""},
	})
	runParse(t, q(t, QComfort), []parseCase{
		{"1", "1"}, {"5", "5"}, {"4/5", "4"}, {"4 / 5", "4"}, {"4 out of 5", "4"}, {"4 of 5", "4"},
		{"0", ""}, {"6", ""}, {"3.5", ""}, {"-2", ""}, {"1e9", ""}, {"4/10", ""},
	})
	if _, err := Parse(q(t, QYears), "99"); err == nil || err.Error() != "Enter a whole number from 0 to 70 years." {
		t.Errorf("count range error = %v", err)
	}
	if _, err := Parse(q(t, QComfort), "9"); err == nil || err.Error() != "Enter a whole number from 1 to 5." {
		t.Errorf("rating range error = %v", err)
	}
}

func TestParseDate(t *testing.T) {
	runParse(t, q(t, QFirstOpening), []parseCase{
		{"2026-12-03", "2026-12-03"},
		{"2026-12-3", "2026-12-03"},
		{"12/03/2026", "2026-12-03"}, // US: month first
		{"2/29/2028", "2028-02-29"},
		{"Thu 3 Dec 2026", "2026-12-03"},
		{"3 Dec 2026", "2026-12-03"},
		{"Fri 3 Dec 2026", ""}, // 3 Dec 2026 is a Thursday
		{"2026-02-30", ""},
		{"2027-02-29", ""},
		{"2026-13-01", ""},
		{"13/03/2026", ""},
		{"26-12-03", ""},
		{"0001-01-01", ""},
		{"tomorrow", ""},
	})
}

// TestParseDateThatDoesNotExist: a well-formed date that the calendar
// lacks says so, rather than asking for the form the person already used.
func TestParseDateThatDoesNotExist(t *testing.T) {
	tests := map[string]string{
		"2026-02-30":      "There is no 30 February 2026.",
		"2026-2-29":       "There is no 29 February 2026.",
		"2027-02-29":      "There is no 29 February 2027.",
		"2026-04-31":      "There is no 31 April 2026.",
		"02/30/2026":      "There is no 30 February 2026.",
		"30 Feb 2026":     "There is no 30 February 2026.",
		"Mon 31 Jun 2026": "There is no 31 June 2026.",
		"2026-02-00":      "That date does not exist in the calendar.",
		"2026-02-32":      "That date does not exist in the calendar.",
		"2026-13-01":      "Enter a date like 2026-12-03.",
		"13/03/2026":      "Enter a date like 2026-12-03.",
		"1800-02-30":      "Enter a date like 2026-12-03.",
		"2026-02-28x":     "Enter a date like 2026-12-03.",
	}
	date := q(t, QFirstOpening)
	for in, want := range tests {
		if _, err := Parse(date, in); err == nil || err.Error() != want {
			t.Errorf("Parse(%q) error = %v, want %q", in, err, want)
		}
	}
}

func TestParseText(t *testing.T) {
	training := q(t, QTraining)
	runParse(t, training, []parseCase{
		{"  PhD, LMFT  ", "PhD, LMFT"},
		{"line one\r\nline two", "line one\nline two"},
		{"\x1b[31mred\x1b[0m", "red"},
		{"\x1b[31m\x1b[0m", ""},
		{"\u202e\u200b", ""},
	})
	long := strings.Repeat("é", MaxTextRunes)
	if got, err := Parse(training, long); err != nil || got != long {
		t.Errorf("text of exactly MaxTextRunes refused: %v", err)
	}
	_, err := Parse(training, long+"x")
	if err == nil || err.Error() != "Answers are limited to 4,000 characters." {
		t.Errorf("over-long text error = %v", err)
	}
}

// TestErrorsNeverEcho: error text is shown on screen and may end up in a
// bug report, so it must never carry what the person typed.
func TestErrorsNeverEcho(t *testing.T) {
	secrets := []string{"zq7xsecret", "12zq7x", "$9zq7x", "1h zq7x", "zq7x, cbt", "3 zq7x"}
	for _, question := range Catalogue() {
		for _, in := range secrets {
			_, err := Parse(question, in)
			if err == nil {
				if question.Kind != KindText {
					t.Errorf("%s accepted %q", question.ID, in)
				}
				continue
			}
			if strings.Contains(strings.ToLower(err.Error()), "zq7x") {
				t.Errorf("%s: error %q echoes the input", question.ID, err)
			}
		}
	}
}

func TestParseUnknownKind(t *testing.T) {
	if _, err := Parse(Question{Kind: "colour"}, "red"); err == nil {
		t.Error("unknown kind accepted")
	}
	if _, err := Parse(Question{Kind: KindChoice}, "1"); err == nil {
		t.Error("choice without choices accepted")
	}
}

func TestDisplayCompact(t *testing.T) {
	cases := []struct {
		id, value, display, compact string
	}{
		{QFee, "1200.50", "$1,200.50", "$1,200.50"},
		{QFee, "185.00", "$185.00", "$185"},
		{QFee, "100000.00", "$100,000.00", "$100,000"},
		{QFee, "0.05", "$0.05", "$0.05"},
		{QLicense, "yes", "yes", "✓ yes"},
		{QLicense, "no", "no", "✗ no"},
		{QLicense, "unsure", "unsure", "? unsure"},
		// the mark follows the better answer, not the word
		{QContact, "no", "no", "✓ no"},
		{QContact, "yes", "yes", "✗ yes"},
		// paying up front has no better answer: the seed only asks
		{QUpfront, "yes", "yes", "yes"},
		{QUpfront, "no", "no", "no"},
		{QHomework, "yes", "yes", "yes"},
		{QHomework, "no", "no", "no"},
		{QHomework, "unsure", "unsure", "? unsure"},
		// one label everywhere
		{QFrequency, FreqBiweekly, "Every two weeks", "Every two weeks"},
		{QAASECT, AASECTNo, "Neither", "Neither"},
		{QFormat, "telehealth", "Telehealth", "Telehealth"},
		{QApproaches, "cbt,mindfulness", "CBT, Mindfulness", "CBT, Mindfulness"},
		{QSessionLength, "50", "50 min", "50 min"},
		// durations as said; a bare number from an older file is sessions
		{QCourse, "12", "12 sessions", "12 sessions"},
		{QCourse, "1", "1 session", "1 session"},
		{QCourse, "about 10-12 sessions", "about 10-12 sessions", "about 10-12 sessions"},
		{QCourse, "4 months", "4 months", "4 months"},
		{QYears, "8", "8 years", "8 years"},
		{QComfort, "4", "4 out of 5", "4/5"},
		{QFirstOpening, "2026-12-03", "3 Dec 2026", "3 Dec 2026"},
		{QTraining, "PhD\nLMFT", "PhD\nLMFT", "PhD…"},
		{QTraining, strings.Repeat("a", 50), strings.Repeat("a", 50), strings.Repeat("a", 40) + "…"},
		// values a hand-edited file might hold: shown sanitised, as they are
		{QFee, "lots", "lots", "lots"},
		{QLicense, "maybe\x1b[31m", "maybe", "maybe"},
		{QFrequency, "fortnightly", "fortnightly", "fortnightly"},
		{QApproaches, "cbt,hypnosis", "cbt,hypnosis", "cbt,hypnosis"},
		{QFirstOpening, "2026-02-30", "2026-02-30", "2026-02-30"},
		{QComfort, "9", "9", "9"},
		{QSessionLength, "a\nb\u202e", "a b", "a b"},
		{QTraining, "\x1b]52;c;aGk=\x07hi\bthere", "hithere", "hithere"},
	}
	for _, c := range cases {
		question := q(t, c.id)
		if got := Display(question, c.value); got != c.display {
			t.Errorf("Display(%s, %q) = %q, want %q", c.id, c.value, got, c.display)
		}
		if got := Compact(question, c.value); got != c.compact {
			t.Errorf("Compact(%s, %q) = %q, want %q", c.id, c.value, got, c.compact)
		}
	}
}

// TestRoundTrip: what Display shows can be typed back and gives the same
// value, for every non-text question and a spread of values.
func TestRoundTrip(t *testing.T) {
	values := map[Kind][]string{
		KindYesNo:   {"yes", "no", "unsure"},
		KindMoney:   {"0.00", "0.05", "185.00", "1200.50", "100000.00"},
		KindMinutes: {"10", "50", "90", "240"},
		KindCount:   {"1", "12", "70"},
		KindRating:  {"1", "3", "5"},
		KindDate:    {"2026-12-03", "2028-02-29", "2030-01-01"},
		KindDuration: {"1 session", "12 sessions", "10-12 sessions", "about 4 months",
			"8-10 weeks", "1 year", "about 3-6 months"},
	}
	for _, question := range Catalogue() {
		vals := values[question.Kind]
		switch question.Kind {
		case KindChoice:
			for _, c := range question.Choices {
				vals = append(vals, c.ID)
			}
		case KindMulti:
			all := make([]string, 0, len(question.Choices))
			for _, c := range question.Choices {
				vals = append(vals, c.ID)
				all = append(all, c.ID)
			}
			vals = append(vals, strings.Join(all, ","), all[0]+","+all[len(all)-1])
		}
		for _, v := range vals {
			if _, err := Parse(question, v); err != nil {
				continue // outside this question's range
			}
			shown := Display(question, v)
			if got, err := Parse(question, shown); err != nil || got != v {
				t.Errorf("%s: Parse(Display(%q)) = Parse(%q) = %q, %v", question.ID, v, shown, got, err)
			}
			if got, err := Parse(question, v); err != nil || got != v {
				t.Errorf("%s: canonical %q re-parses to %q, %v", question.ID, v, got, err)
			}
		}
	}
}

func TestAccessors(t *testing.T) {
	if c, ok := Cents("1200.50"); !ok || c != 120050 {
		t.Errorf("Cents(1200.50) = %d, %v", c, ok)
	}
	if c, ok := Cents("185"); !ok || c != 18500 {
		t.Errorf("Cents(185) = %d, %v", c, ok)
	}
	for _, bad := range []string{"", "abc", "-50", "1e9"} {
		if _, ok := Cents(bad); ok {
			t.Errorf("Cents(%q) ok", bad)
		}
	}
	if n, ok := Int("50"); !ok || n != 50 {
		t.Errorf("Int(50) = %d, %v", n, ok)
	}
	for _, bad := range []string{"", "-2", "3.5", "1e9", " 5", "+5", "9999999999999999999999"} {
		if _, ok := Int(bad); ok {
			t.Errorf("Int(%q) ok", bad)
		}
	}
	if d, ok := Date("2026-12-03"); !ok || !d.Equal(time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Date = %v, %v", d, ok)
	}
	if _, ok := Date("2026-02-30"); ok {
		t.Error("Date accepted 30 February")
	}
	if got := strings.Join(Multi("cbt,,mindfulness,"), "|"); got != "cbt|mindfulness" {
		t.Errorf("Multi = %q", got)
	}
	if got := Multi(""); len(got) != 0 {
		t.Errorf("Multi(\"\") = %q", got)
	}
}

func TestCompactIsOneLine(t *testing.T) {
	for _, question := range Catalogue() {
		for _, v := range []string{"a\nb", "x\r\ny", "\n\nz", "yes"} {
			got := Compact(question, v)
			if strings.ContainsAny(got, "\n\r") || !utf8.ValidString(got) {
				t.Errorf("Compact(%s, %q) = %q", question.ID, v, got)
			}
		}
	}
}

// BenchmarkCompactRow formats one therapist's whole column of answers, the
// work a comparison screen does per therapist when it re-renders.
func BenchmarkCompactRow(b *testing.B) {
	sample := map[Kind]string{
		KindYesNo: "yes", KindChoice: "weekly", KindMulti: "cbt,mindfulness",
		KindMoney: "185.00", KindMinutes: "50", KindCount: "12", KindRating: "4",
		KindDate: "2026-12-03", KindText: "PhD in clinical psychology, LMFT",
	}
	questions := Catalogue()
	for b.Loop() {
		for _, question := range questions {
			v := sample[question.Kind]
			if question.Kind == KindChoice {
				v = question.Choices[0].ID
			}
			Compact(question, v)
		}
	}
}

// TestParseDuration: how long therapy will last, as therapists say it on a
// call. Each is shown as said (in its unit and range), in one canonical
// form; nonsense and impossible ranges are refused.
func TestParseDuration(t *testing.T) {
	runParse(t, q(t, QCourse), []parseCase{
		// a bare number is sessions, as earlier versions stored it
		{"12", "12 sessions"}, {"1", "1 session"}, {"12 Sessions", "12 sessions"},
		{"1 session", "1 session"}, {"12 visits", "12 sessions"},
		// ranges, with every separator people type
		{"10-12 sessions", "10-12 sessions"}, {"10 - 12 sessions", "10-12 sessions"},
		{"10–12 sessions", "10-12 sessions"}, {"10 to 12 sessions", "10-12 sessions"},
		{"10 or 12 sessions", "10-12 sessions"}, {"10-12", "10-12 sessions"},
		{"8 to 10 weeks", "8-10 weeks"}, {"between 3 and 6 months", "3-6 months"},
		{"12-12 sessions", "12 sessions"},
		// estimates and number words
		{"about four months", "about 4 months"}, {"About 4 months", "about 4 months"},
		{"around 20 sessions", "about 20 sessions"}, {"~6 weeks", "about 6 weeks"},
		{"roughly ten to twelve sessions", "about 10-12 sessions"},
		{"twenty-four sessions", "24 sessions"}, {"twenty four weeks", "24 weeks"},
		{"a year", "1 year"}, {"one month", "1 month"}, {"6 mos", "6 months"},
		{"eight to ten weeks", "8-10 weeks"},
		// refused
		{"0", ""}, {"0 sessions", ""}, {"201 sessions", ""}, {"61 months", ""},
		{"12-10 sessions", ""}, {"12 days", ""}, {"a few months", ""},
		{"it depends", ""}, {"-3 weeks", ""}, {"3.5 months", ""}, {"1e9", ""},
		{"about", ""}, {"sessions", ""}, {"10-12-14 weeks", ""},
	})
	if _, err := Parse(q(t, QCourse), "a while"); err == nil || err.Error() != duration.ErrNotALength.Error() {
		t.Errorf("duration error = %v", err)
	}
}
