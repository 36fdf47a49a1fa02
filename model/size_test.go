package model

import (
	"testing"
	"unsafe"
)

// maxModelBytes bounds the root Model by value. Bubble Tea copies it into
// a tea.Model on every Update, which is every key: a large Model made each
// keystroke pay for copying it (see BenchmarkInterviewKeystroke). Large
// child models go behind a pointer or keep their inputs in slices; the
// screens live on the stack, not in fields.
const maxModelBytes = 4 << 10 // issue 13: ≤ 4 KB; it is 600 bytes

// TestModelSize checks that the root Model stays small by value.
func TestModelSize(t *testing.T) {
	if got := unsafe.Sizeof(Model{}); got > maxModelBytes {
		t.Fatalf("Model is %d bytes by value, more than %d: hold the large child that grew behind a pointer", got, maxModelBytes)
	}
}
