package store

import "testing"

func TestOutreachLabel(t *testing.T) {
	for _, tc := range []struct {
		o    Outreach
		want string
		ok   bool
	}{
		{"", "to contact", true},
		{ConsultBooked, "consult booked", true},
		{Chosen, "chosen", true},
		{"waitlisted", "", false},
	} {
		if got, ok := tc.o.Label(); got != tc.want || ok != tc.ok {
			t.Errorf("%q.Label() = %q, %v; want %q, %v", tc.o, got, ok, tc.want, tc.ok)
		}
	}
}

func TestOutreachText(t *testing.T) {
	if got := ConsultBooked.Text(); got != "consult booked" {
		t.Errorf("ConsultBooked.Text() = %q", got)
	}
	// A step from a newer file is shown as stored, without what would
	// reach the terminal as a control sequence.
	if got := Outreach("wait\x1b[31mlisted").Text(); got != "waitlisted" {
		t.Errorf("unknown step Text() = %q, want the word made safe", got)
	}
}
