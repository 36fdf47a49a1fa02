package model

import (
	"testing"
	"unsafe"
)

// maxModelBytes bounds the root Model by value. Bubble Tea copies it into
// a tea.Model on every Update, which is every key: a large Model made each
// keystroke pay for copying it (see BenchmarkInterviewKeystroke). Large
// child models go behind a pointer or keep their inputs in slices.
const maxModelBytes = 16 << 10

// TestModelSize checks that the root Model stays small by value.
func TestModelSize(t *testing.T) {
	if got := unsafe.Sizeof(Model{}); got > maxModelBytes {
		t.Fatalf("Model is %d bytes by value, more than %d: hold the large child that grew behind a pointer", got, maxModelBytes)
	}
}
