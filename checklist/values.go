package checklist

import (
	"errors"
	"time"
)

// errNotYet marks functions whose bodies are still being written.
var errNotYet = errors.New("not implemented yet")

// Parse checks what the person typed or picked for question q and returns
// the canonical value to store (see Answer). The error's text is a short,
// friendly sentence to show beside the input, such as "Enter an amount like
// $185 or 1,200.50."; it never repeats the input back.
func Parse(q Question, input string) (string, error) {
	return "", errNotYet
}

// Display renders a canonical value in full for the person to read, such as
// "$1,200.50", "50 min", "Weekly" or "CBT, Mindfulness and relaxation".
func Display(q Question, value string) string {
	return value
}

// Compact renders a canonical value in a few columns for a comparison cell:
// "✓ yes", "✗ no", "? unsure", "$185", "50 min", "weekly", "4/5".
func Compact(q Question, value string) string {
	return value
}

// Cents returns a money value in cents.
func Cents(value string) (int64, bool) { return 0, false }

// Int returns a minutes, count or rating value.
func Int(value string) (int64, bool) { return 0, false }

// Date returns a date value.
func Date(value string) (time.Time, bool) { return time.Time{}, false }

// Multi returns the choice IDs of a multi value.
func Multi(value string) []string { return nil }
