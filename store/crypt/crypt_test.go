package crypt

import (
	"errors"
	"strings"
	"testing"
)

// testWorkFactor keeps scrypt fast in tests; real keys use
// DefaultWorkFactor.
const testWorkFactor = 10

func TestCheckPassphrase(t *testing.T) {
	for _, p := range []string{"", "abc12"} {
		if err := CheckPassphrase(p); err == nil {
			t.Errorf("%q was accepted", p)
		} else if p != "" && strings.Contains(err.Error(), p) {
			t.Errorf("the message %q repeats the passphrase", err)
		}
	}
	if err := CheckPassphrase("long enough"); err != nil {
		t.Error(err)
	}
	if _, err := NewKey("short", testWorkFactor); err == nil {
		t.Error("NewKey accepted a short passphrase")
	}
}

func TestCheckNewPassphrase(t *testing.T) {
	tests := []struct {
		pass, again string
		want        error
	}{
		{"correct horse", "correct horse", nil},
		{"correct horse", "correct horsE", ErrPassphrasesDiffer},
		{"short", "short", CheckPassphrase("short")},
		{"", "", CheckPassphrase("")},
	}
	for _, tc := range tests {
		got := CheckNewPassphrase(tc.pass, tc.again)
		if (got == nil) != (tc.want == nil) || got != nil && got.Error() != tc.want.Error() {
			t.Errorf("CheckNewPassphrase(%q, %q) = %v, want %v", tc.pass, tc.again, got, tc.want)
		}
	}
	if !errors.Is(CheckNewPassphrase("correct horse", "other horse"), ErrPassphrasesDiffer) {
		t.Error("a mismatch does not match ErrPassphrasesDiffer")
	}
}
