package form

import (
	"slices"
	"strings"

	"github.com/vetted-tui/vetted/checklist"
)

// Options returns the values and labels of a pick field over choices, and
// the index of stored among them. A stored value this build does not know
// (from a newer or hand-edited file) is added last, labelled as label
// gives it, so it is kept until the person picks another. An empty stored
// value stands for empty.
func Options[T comparable](choices []T, stored, empty T, label func(T) string) (values []T, labels []string, at int) {
	var zero T
	if stored == zero {
		stored = empty
	}
	at = slices.Index(choices, stored)
	values = choices
	if at < 0 {
		values, at = append(slices.Clip(choices), stored), len(choices)
	}
	labels = make([]string, len(values))
	for i, v := range values {
		labels[i] = label(v)
	}
	return values, labels, at
}

// dateLimit bounds a date field, in characters.
const dateLimit = 30

// dateQuestion lets date fields check what is typed with the very rules
// of a date answer.
var dateQuestion = checklist.Question{ID: "form.date", Kind: checklist.KindDate}

// Date returns a one-line field for a date, stored as a date answer
// stores it: it shows stored as every screen shows a date ("12 Jan
// 2027"), says what is wrong with a date it cannot read, and Value gives
// back stored while untouched (even a date this build would not accept:
// refusing it would block every other edit), else the typed date in its
// canonical form ("" when emptied).
func Date(key, label, stored string) Field {
	f := Line(key, label, checklist.DateText(stored), dateLimit).WithCheck(checkDate)
	f.text.stored = stored
	f.date = true
	return f
}

// checkDate explains a date that cannot be read, or "" when it is empty
// or readable.
func checkDate(v string) string {
	if strings.TrimSpace(v) == "" {
		return ""
	}
	if _, err := checklist.Parse(dateQuestion, v); err != nil {
		return err.Error()
	}
	return ""
}

// canonicalDate is v as a date answer stores it, or "" when empty.
func canonicalDate(v string) string {
	if strings.TrimSpace(v) == "" {
		return ""
	}
	if c, err := checklist.Parse(dateQuestion, v); err == nil {
		return c
	}
	return v // checked before saving; kept as typed if that ever changes
}
