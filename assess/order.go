package assess

import (
	"strconv"
	"strings"

	"github.com/vetted-tui/vetted/checklist"
)

// direction is the order a question's answers run in, read from
// checklist.Question.Better and the question's kind.
type direction int

const (
	noOrder   direction = iota
	preferred           // yesno: one value is the favourable one
	ranked              // choice: Choices run best to worst
	lowFirst            // numbers and dates: lower / earlier is better
	highFirst           // numbers: higher is better
)

// orderOf returns how q's answers are ordered. A Better value that does not
// fit the kind (say "first" on a money question) means no order rather than
// a guess.
func orderOf(q checklist.Question) direction {
	switch q.Kind {
	case checklist.KindYesNo:
		if q.Better == checklist.Yes || q.Better == checklist.No {
			return preferred
		}
	case checklist.KindChoice:
		if q.Better == "first" && len(q.Choices) > 0 {
			return ranked
		}
	case checklist.KindMoney, checklist.KindMinutes, checklist.KindCount, checklist.KindRating:
		switch q.Better {
		case "lower":
			return lowFirst
		case "higher":
			return highFirst
		}
	case checklist.KindDate:
		if q.Better == "earlier" {
			return lowFirst
		}
	}
	return noOrder
}

// numeric reads a number or date answer as a float for comparison: cents for
// money, the integer for minutes, counts and ratings, days since 1970 for
// dates.
func numeric(q checklist.Question, value string) (float64, bool) {
	switch q.Kind {
	case checklist.KindMoney:
		c, ok := checklist.Cents(value)
		return float64(c), ok
	case checklist.KindMinutes, checklist.KindCount, checklist.KindRating:
		n, ok := checklist.Int(value)
		return float64(n), ok
	case checklist.KindDate:
		d, ok := checklist.Date(value)
		if !ok {
			return 0, false
		}
		return float64(d.Unix() / 86400), true
	}
	return 0, false
}

// canon returns the canonical form of a stored value for q, read the way
// checklist.Display reads it: a hand-edited "Yes" is "yes", "$185" is
// "185.00". It is false for a value that does not parse, which every
// judgement then treats as unanswered: an answer nobody can read is never
// favourable, and never hides a flag behind a spelling either.
func canon(q checklist.Question, value string) (string, bool) {
	v, err := checklist.Parse(q, value)
	return v, err == nil
}

// canonMemo remembers canonical forms already worked out. Parsing a value
// (a fee through a pattern, a date) costs far more than a map lookup, and
// a roster repeats the same values question after question. One memo
// serves one pass over one notebook; it is not safe for concurrent use.
type canonMemo map[canonKey]canonValue

// canonKey says what is remembered of a value: its canonical form, its
// number or its text.
type canonKey struct {
	questionID, value string
	kind              memoKind
}

type memoKind uint8

const (
	memoCanon memoKind = iota
	memoNumber
	memoText
	memoRelative
)

type canonValue struct {
	value  string
	number float64
	ok     bool
}

// canon is the package's canon, remembered.
func (m canonMemo) canon(q checklist.Question, value string) (string, bool) {
	k := canonKey{q.ID, value, memoCanon}
	if c, ok := m[k]; ok {
		return c.value, c.ok
	}
	v, ok := canon(q, value)
	m[k] = canonValue{value: v, ok: ok}
	return v, ok
}

// numeric is the package's numeric, remembered.
func (m canonMemo) numeric(q checklist.Question, value string) (float64, bool) {
	k := canonKey{q.ID, value, memoNumber}
	if c, ok := m[k]; ok {
		return c.number, c.ok
	}
	f, ok := numeric(q, value)
	m[k] = canonValue{number: f, ok: ok}
	return f, ok
}

// valueText is the package's valueText, remembered.
func (m canonMemo) valueText(q checklist.Question, value string) string {
	k := canonKey{q.ID, value, memoText}
	if c, ok := m[k]; ok {
		return c.value
	}
	s := valueText(q, value)
	m[k] = canonValue{value: s, ok: true}
	return s
}

// recorded is the package's recorded, with canonical forms remembered.
func (m canonMemo) recorded(q checklist.Question, answers map[string]checklist.Answer) (string, bool) {
	a, ok := answers[q.ID]
	if !ok || !a.Answered() {
		return "", false
	}
	return m.canon(q, a.Value)
}

// recorded returns the canonical value of the answer to q in m, and
// whether there is one: answered (not skipped) and readable.
func recorded(q checklist.Question, m map[string]checklist.Answer) (string, bool) {
	a, ok := m[q.ID]
	if !ok || !a.Answered() {
		return "", false
	}
	return canon(q, a.Value)
}

// choiceRank returns the position of a choice value in q.Choices.
func choiceRank(q checklist.Question, value string) (int, bool) {
	for i, c := range q.Choices {
		if c.ID == value {
			return i, true
		}
	}
	return 0, false
}

// valueText renders a canonical value briefly for a score reason: yes/no
// answers as the bare word (the reason's sign already says good or bad),
// everything else as its comparison cell shows it.
func valueText(q checklist.Question, value string) string {
	if q.Kind == checklist.KindYesNo {
		return value
	}
	return checklist.Compact(q, value)
}

// sumCents reads a money value of q in the canonical form "1200.50" with
// no upper bound, for sums such as the cost of a whole course; it is false
// for any other kind or form.
func sumCents(q checklist.Question, value string) (int64, bool) {
	if q.Kind != checklist.KindMoney {
		return 0, false
	}
	whole, frac, found := strings.Cut(value, ".")
	// 13 digits of dollars keep the cents within int64 and far past any
	// real sum.
	if !found || len(frac) != 2 || !allDigits(frac) || whole == "" || len(whole) > 13 || !allDigits(whole) {
		return 0, false
	}
	d, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, false
	}
	c, _ := strconv.ParseInt(frac, 10, 64)
	return d*100 + c, true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
