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
