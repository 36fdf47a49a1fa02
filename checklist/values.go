package checklist

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vetted-tui/vetted/checklist/duration"
	"github.com/vetted-tui/vetted/safetext"
)

// MaxTextRunes is the longest free-text answer, in characters (runes), that
// Parse accepts. It keeps the notebook small and the text input responsive.
const MaxTextRunes = 4000

// MaxCents is the largest money answer Parse accepts: $100,000 for one
// session. Anything larger is a typing slip, not a fee.
const MaxCents = 100_000_00

// dateLayout is the canonical form of a date value.
const dateLayout = "2006-01-02"

// The messages Parse returns. They are shown beside the input, so they are
// short, say what to do, and never repeat what was typed.
var (
	errEmpty       = errors.New("Type an answer, or skip this question.")
	errNonePicked  = errors.New("Pick at least one option, or skip this question.")
	errMoney       = errors.New("Enter an amount like $185 or 1,200.50.")
	errMoneyNeg    = errors.New("Enter an amount of zero or more.")
	errMoneyCents  = errors.New("Use at most two decimals, like 185.50.")
	errMoneyTooBig = errors.New("Amounts above $100,000 per session are not accepted.")
	errYesNo       = errors.New("Answer yes, no or unsure.")
	errDate        = errors.New("Enter a date like 2026-12-03.")
	errNoSuchDate  = errors.New("That date does not exist in the calendar.")
	errWeekday     = errors.New("That weekday does not fall on that date.")
	errTextLong    = errors.New("Answers are limited to 4,000 characters.")
	errNoChoices   = errors.New("This question has no options to pick from.")
	errUnknownKind = errors.New("This question cannot take an answer.")
)

// Parse checks what the person typed or picked for question q and returns
// the canonical value to store (see Answer). The error's text is a short,
// friendly sentence to show beside the input, such as "Enter an amount like
// $185 or 1,200.50."; it never repeats the input back. (A date the calendar
// lacks is named by the numbers read from it, "There is no 30 February
// 2026.", which says what is wrong better than asking for the form again.)
//
// Besides the canonical forms, Parse accepts:
//   - yesno: y, yes, n, no, u, unsure, ?, "not sure", "don't know"
//     (any case);
//   - choice: an option's ID or label (any case), or its
//     number counting from 1; multi: a comma-separated list of those;
//   - money: an optional "$", thousands commas in the right places and at
//     most two decimals, from $0 to $100,000;
//   - minutes: "50", "50 min", "50m", "1h", "1h30", "1h 30m", "1:30" and
//     decimal hours that make whole minutes ("1.5h");
//   - count: a whole number, optionally followed by the question's unit
//     ("12 sessions"); rating: a whole number, or "4/5", "4 of 5",
//     "4 out of 5" when the second number is the question's Max;
//   - duration: "12", "12 sessions", "10-12 sessions", "10 to 12
//     sessions", "8 to 10 weeks", "between 3 and 6 months", "about four
//     months", "a year" (number words up to ninety-nine; "about", "around",
//     "roughly", "approximately" and "~" are kept as "about");
//   - date: ISO "2026-12-03", the US form "12/03/2026" (month first; the
//     app is written for US practices, and the date is read back with its
//     month's name so a swapped day and month is visible), and what
//     Display prints ("3 Dec 2026"), and the weekday form earlier
//     versions printed ("Thu 3 Dec 2026").
func Parse(q Question, input string) (string, error) {
	s := strings.TrimSpace(input)
	if s == "" {
		if q.Kind == KindChoice || q.Kind == KindMulti {
			return "", errNonePicked
		}
		return "", errEmpty
	}
	switch q.Kind {
	case KindYesNo:
		return parseYesNo(s)
	case KindChoice:
		return parseChoice(q, s)
	case KindMulti:
		return parseMulti(q, s)
	case KindMoney:
		c, err := parseMoney(s)
		if err != nil {
			return "", err
		}
		return formatCents(c), nil
	case KindMinutes:
		return parseMinutes(q, s)
	case KindCount:
		return parseCount(q, s)
	case KindRating:
		return parseRating(q, s)
	case KindDate:
		d, err := parseDate(s)
		if err != nil {
			return "", err
		}
		return d.Format(dateLayout), nil
	case KindText:
		return parseText(s)
	case KindDuration:
		d, err := duration.Parse(s)
		if err != nil {
			return "", err
		}
		return d.String(), nil
	}
	return "", errUnknownKind
}

// Display renders a canonical value in full for the person to read, such as
// "$1,200.50", "50 min", "yes", "Every two weeks" or "CBT, Mindfulness".
// Words that name a value (yes/no, choice labels, durations) are the same
// as Compact's, so every surface calls one answer by one name. A value that does not parse for q's kind (a
// hand-edited file, a question that changed) is shown sanitised as it is.
func Display(q Question, value string) string { return fullForm.render(q, value) }

// Compact renders a canonical value in a few columns for a comparison cell:
// "✓ yes", "✗ no", "? unsure", "$185", "50 min", "Weekly", "4/5". The
// ✓/✗/? before a yes/no word judges it; the word is Display's. Like
// Display, it shows a value that does not parse sanitised as it is. The
// result is always one line.
func Compact(q Question, value string) string { return compactForm.render(q, value) }

// valueForm is one way of writing values down: what differs between the
// full form (Display) and the compact one (Compact).
type valueForm struct {
	text      func(string) string
	yesNo     func(Question, string) string
	dropCents bool   // "$185" rather than "$185.00"
	rating    string // format of value and Max
	date      string // time layout
}

var (
	fullForm = valueForm{
		text:   func(v string) string { return strings.TrimSpace(safetext.Clean(v)) },
		yesNo:  func(_ Question, v string) string { return v },
		rating: "%s out of %d",
		date:   DateForm,
	}
	compactForm = valueForm{
		text:      compactText,
		yesNo:     yesNoCompact,
		dropCents: true,
		rating:    "%s/%d",
		date:      DateForm,
	}
)

func (f valueForm) render(q Question, value string) string {
	if q.Kind == KindText {
		return f.text(value)
	}
	v, err := Parse(q, value)
	if err != nil {
		return safetext.Line(value)
	}
	switch q.Kind {
	case KindYesNo:
		return f.yesNo(q, v)
	case KindChoice:
		return safetext.Line(q.Choices[choiceIndex(q, v)].Label)
	case KindMulti:
		return joinChoices(q, v)
	case KindMoney:
		c, _ := parseMoney(v)
		return FormatCents(c, f.dropCents)
	case KindMinutes:
		return v + " min"
	case KindCount:
		n, _ := Int(v)
		return withUnit(n, q.Unit)
	case KindRating:
		return fmt.Sprintf(f.rating, v, q.Max)
	case KindDate:
		d, _ := Date(v)
		return d.Format(f.date)
	case KindDuration:
		// One form everywhere: the canonical value is already short and
		// says what the therapist said.
		return v
	}
	return safetext.Line(value)
}

// Cents returns a money value in cents. It accepts the canonical form and
// anything else Parse accepts for money, so a hand-edited "185" still counts.
func Cents(value string) (int64, bool) {
	c, err := parseMoney(strings.TrimSpace(value))
	return c, err == nil
}

// Int returns a minutes, count or rating value: a base-10 whole number of
// zero or more, without sign or spaces.
func Int(value string) (int64, bool) {
	if !isDigits(value) || len(value) > 15 {
		return 0, false
	}
	n, err := strconv.ParseInt(value, 10, 64)
	return n, err == nil
}

// DateForm is the one form a date takes on every surface but JSON (the
// screens, the brief, the Markdown and spreadsheet exports): "12 Jan 2027".
// Parse reads it back, as it reads the forms earlier versions wrote
// ("Tue 12 Jan 2027", "2027-01-12").
const DateForm = "2 Jan 2006"

// DateText writes a stored date ("2027-01-12") in DateForm, "12 Jan 2027".
// A value that is not a stored date (a hand-edited file) is shown cleaned,
// as it is; "" stays "".
func DateText(value string) string {
	if d, ok := Date(strings.TrimSpace(value)); ok {
		return d.Format(DateForm)
	}
	return strings.TrimSpace(safetext.Line(value))
}

// ParseDate reads a date in any form Parse takes for a date answer and
// returns it as stored, "2027-01-12": for the dates that are details of a
// therapist (contacted on, consultation on, a credential check's day).
func ParseDate(s string) (string, error) {
	return Parse(Question{Kind: KindDate}, s)
}

// Date returns a date value, at midnight UTC.
func Date(value string) (time.Time, bool) {
	d, err := time.Parse(dateLayout, value)
	return d, err == nil
}

// Multi returns the choice IDs of a multi value, skipping empty entries. It
// does not check them against a question.
func Multi(value string) []string { return commaList(value) }

// commaList splits a comma-separated list, trimming its items and
// dropping empty ones.
func commaList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// yesno

// The canonical yes/no answers, as stored, shown and exported.
const (
	Yes    = "yes"
	No     = "no"
	Unsure = "unsure"
)

// YesNoAnswers returns the canonical yes/no answers in the order the app
// offers them.
func YesNoAnswers() []string { return []string{Yes, No, Unsure} }

// yesNoWords is the one table of the words that mean yes, no or unsure:
// a yes/no answer typed in full or by its first letter, and the reply to
// a confirmation prompt (IsYes), read through YesNoWord.
var yesNoWords = map[string]string{
	"y": Yes, "yes": Yes,
	"n": No, "no": No,
	"u": Unsure, "unsure": Unsure, "?": Unsure,
	"not sure": Unsure, "don't know": Unsure, "dont know": Unsure,
}

// YesNoWord returns the canonical answer (Yes, No or Unsure) that a typed
// word means, in any case and spacing: "Y", "yes", "not  sure", "don’t
// know". It reports false for anything else.
func YesNoWord(s string) (string, bool) {
	key := strings.Join(strings.Fields(strings.ToLower(s)), " ")
	key = strings.ReplaceAll(key, "’", "'") // typographic apostrophe
	v, ok := yesNoWords[key]
	return v, ok
}

// IsYes reports whether a typed reply to a yes-or-no prompt means yes
// ("y" or "yes", any case): everything else keeps things as they are.
func IsYes(s string) bool {
	v, _ := YesNoWord(s)
	return v == Yes
}

// yesNoCompact marks a yes/no value by what it means for this question:
// "no" to "did they suggest contact?" is good news and gets ✓, "yes" to
// "must I pay up front?" gets ✗. A question with no better answer (such as
// homework) gets no judgement, just the word.
func yesNoCompact(q Question, v string) string {
	switch {
	case v == Unsure:
		return "? unsure"
	case q.OptIn, q.Better != Yes && q.Better != No:
		return v
	case v == q.Better:
		return "✓ " + v
	}
	return "✗ " + v
}

func parseYesNo(s string) (string, error) {
	if v, ok := YesNoWord(s); ok {
		return v, nil
	}
	return "", errYesNo
}

// choice and multi

// matchChoice finds the option that s names: by ID or label (any case), or by its number counting from 1. It returns -1 if none.
func matchChoice(q Question, s string) int {
	s = strings.TrimSpace(s)
	if s == "" {
		return -1
	}
	if isDigits(s) && len(s) <= 3 {
		n, _ := strconv.Atoi(s)
		if n >= 1 && n <= len(q.Choices) {
			return n - 1
		}
		return -1
	}
	for i, c := range q.Choices {
		if c.ID == s {
			return i
		}
	}
	for i, c := range q.Choices {
		if strings.EqualFold(c.ID, s) || strings.EqualFold(c.Label, s) {
			return i
		}
	}
	return -1
}

// choiceIndex returns the index of the option with ID id; callers pass IDs
// that Parse returned, so it exists.
func choiceIndex(q Question, id string) int {
	for i, c := range q.Choices {
		if c.ID == id {
			return i
		}
	}
	return -1
}

func errPick(q Question) error {
	return fmt.Errorf("Pick an option from 1 to %d, by number or name.", len(q.Choices))
}

func parseChoice(q Question, s string) (string, error) {
	if len(q.Choices) == 0 {
		return "", errNoChoices
	}
	i := matchChoice(q, s)
	if i < 0 {
		return "", errPick(q)
	}
	return q.Choices[i].ID, nil
}

// parseMulti splits s on commas. Some labels contain a comma ("Behavioural
// assignments, such as sensate focus"), so at each position it tries the
// longest run of pieces that names an option before shorter ones.
func parseMulti(q Question, s string) (string, error) {
	if len(q.Choices) == 0 {
		return "", errNoChoices
	}
	pieces := strings.Split(s, ",")
	picked := make([]bool, len(q.Choices))
	chosen := false
	for i := 0; i < len(pieces); {
		if strings.TrimSpace(pieces[i]) == "" {
			i++
			continue
		}
		found := false
		for j := len(pieces); j > i; j-- {
			if k := matchChoice(q, strings.Join(pieces[i:j], ",")); k >= 0 {
				picked[k], chosen, found = true, true, true
				i = j
				break
			}
		}
		if !found {
			return "", fmt.Errorf("Pick options from 1 to %d, separated by commas.", len(q.Choices))
		}
	}
	if !chosen {
		return "", errNonePicked
	}
	var ids []string
	for k, ok := range picked {
		if ok {
			ids = append(ids, q.Choices[k].ID)
		}
	}
	return strings.Join(ids, ","), nil
}

// joinChoices renders a canonical multi value with the label of each option.
func joinChoices(q Question, v string) string {
	ids := Multi(v)
	parts := make([]string, 0, len(ids))
	for _, id := range ids {
		parts = append(parts, safetext.Line(q.Choices[choiceIndex(q, id)].Label))
	}
	return strings.Join(parts, ", ")
}

// text

func parseText(s string) (string, error) {
	v := strings.TrimSpace(safetext.Clean(s))
	if v == "" {
		return "", errEmpty
	}
	if utf8.RuneCountInString(v) > MaxTextRunes {
		return "", errTextLong
	}
	return v, nil
}

// compactTextRunes is how much of a text answer a comparison cell gets; the
// interface truncates to the real width anyway.
const compactTextRunes = 40

// compactText returns the first non-blank line of a text value, cut to
// compactTextRunes with "…" when anything was left out.
func compactText(value string) string {
	lines := strings.Split(strings.TrimSpace(safetext.Clean(value)), "\n")
	first := strings.TrimSpace(lines[0])
	more := len(lines) > 1
	if utf8.RuneCountInString(first) > compactTextRunes {
		first = string([]rune(first)[:compactTextRunes])
		first = strings.TrimSpace(first)
		more = true
	}
	if more {
		return first + "…"
	}
	return first
}
