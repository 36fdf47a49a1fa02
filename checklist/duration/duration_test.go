package duration

import "testing"

// TestDurationValue reads stored and typed durations into their parts.
func TestDurationValue(t *testing.T) {
	cases := []struct {
		in   string
		want Duration
	}{
		{"12", Duration{Lo: 12, Hi: 12, Unit: UnitSessions}},
		{"about 10-12 sessions", Duration{Lo: 10, Hi: 12, Unit: UnitSessions, About: true}},
		{"8-10 weeks", Duration{Lo: 8, Hi: 10, Unit: UnitWeeks}},
		{"1 month", Duration{Lo: 1, Hi: 1, Unit: UnitMonths}},
	}
	for _, c := range cases {
		got, err := Parse(c.in)
		if err != nil || got != c.want {
			t.Errorf("Parse(%q) = %+v, %v; want %+v", c.in, got, err, c.want)
		}
		if got.Range() != (c.want.Lo != c.want.Hi) {
			t.Errorf("%q: Range() = %v", c.in, got.Range())
		}
	}
	if _, err := Parse("soon"); err != ErrNotALength {
		t.Errorf(`Parse("soon") = %v`, err)
	}
}
