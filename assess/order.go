package assess

import (
	"fmt"
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
		if q.Better == "yes" || q.Better == "no" {
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

// choiceRank returns the position of a choice value in q.Choices.
func choiceRank(q checklist.Question, value string) (int, bool) {
	for i, c := range q.Choices {
		if c.ID == value {
			return i, true
		}
	}
	return 0, false
}

// valueText renders a canonical value briefly for a score reason. It is
// only called for kinds with an order, whose values are canonical and never
// free text.
func valueText(q checklist.Question, value string) string {
	switch q.Kind {
	case checklist.KindChoice:
		if i, ok := choiceRank(q, value); ok {
			return q.Choices[i].Short
		}
	case checklist.KindMoney:
		if c, ok := checklist.Cents(value); ok {
			return dollars(c)
		}
	case checklist.KindRating:
		if n, ok := checklist.Int(value); ok {
			return fmt.Sprintf("%d/%d", n, q.Max)
		}
	case checklist.KindMinutes, checklist.KindCount:
		if n, ok := checklist.Int(value); ok {
			if q.Unit == "" {
				return fmt.Sprintf("%d", n)
			}
			return fmt.Sprintf("%d %s", n, q.Unit)
		}
	case checklist.KindDate:
		if d, ok := checklist.Date(value); ok {
			return d.Format("2 Jan 2006")
		}
	}
	return value
}

// dollars formats cents as "$185" for whole amounts and "$1,200.50"
// otherwise, for assumptions and reasons computed here (sums, differences)
// that are not stored answers.
func dollars(cents int64) string {
	sign := ""
	if cents < 0 {
		sign, cents = "-", -cents
	}
	whole := fmt.Sprintf("%d", cents/100)
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if cents%100 != 0 {
		return fmt.Sprintf("%s$%s.%02d", sign, b.String(), cents%100)
	}
	return sign + "$" + b.String()
}
