package undo

import (
	"fmt"
	"testing"
)

// The stack keeps the newest MaxSteps, finds the newest step of a place,
// and is a value: a push or take leaves another copy as it was.
func TestStack(t *testing.T) {
	var s Stack
	for i := range MaxSteps + 5 {
		s = s.Push([]string{"roster", "interview"}[i%2], Step{Reopen: nil, Back: nil, Reshow: nil})
		s[len(s)-1].On += fmt.Sprint(":", i) // tell the steps apart
	}
	if len(s) != MaxSteps || s[0].On != "interview:5" {
		t.Fatalf("kept %d steps from %q, want %d from interview:5", len(s), s[0].On, MaxSteps)
	}
	s = s.Push("roster", Step{})
	if i := s.Last("roster"); i != len(s)-1 {
		t.Fatalf("Last(roster) = %d, want %d", i, len(s)-1)
	}
	if s.Last("compare") != -1 {
		t.Fatal("found a step of a place that has none")
	}
	before := s
	rest, step := s.Take(len(s) - 2)
	if step.On != "roster:24" || len(rest) != len(before)-1 || before[len(before)-2].On != "roster:24" {
		t.Fatalf("took %q, left %d of %d; the copy from before has %q", step.On, len(rest), len(before), before[len(before)-2].On)
	}
	grown := before.Push("a", Step{})
	other := before.Push("b", Step{})
	if grown[len(grown)-1].On != "a" || other[len(other)-1].On != "b" {
		t.Fatal("two pushes on one stack share their steps")
	}
}
