package checklist

// The parsers and formatters of number-like answers: money, minutes, counts,
// ratings and dates. Their messages follow the rules on Parse.

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// money

// moneyPattern: digits with optional thousands commas (all groups of three),
// then optional decimals; the sign and "$" are handled before it.
var moneyPattern = regexp.MustCompile(`^(\d+|\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$`)

func parseMoney(s string) (int64, error) {
	s = strings.TrimSpace(strings.TrimPrefix(s, "$"))
	if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "−") {
		return 0, errMoneyNeg
	}
	m := moneyPattern.FindStringSubmatch(s)
	if m == nil {
		return 0, errMoney
	}
	whole, frac := strings.ReplaceAll(m[1], ",", ""), m[2]
	if len(frac) > 2 {
		return 0, errMoneyCents
	}
	whole = strings.TrimLeft(whole, "0")
	if len(whole) > 6 { // above 999,999 dollars: too big, and keeps int64 safe
		return 0, errMoneyTooBig
	}
	var dollars int64
	if whole != "" {
		dollars, _ = strconv.ParseInt(whole, 10, 64)
	}
	var cents int64
	if frac != "" {
		cents, _ = strconv.ParseInt(frac, 10, 64)
		if len(frac) == 1 {
			cents *= 10
		}
	}
	total := dollars*100 + cents
	if total > MaxCents {
		return 0, errMoneyTooBig
	}
	return total, nil
}

func formatCents(c int64) string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

// numbers

// rangeErr names the accepted range, with the unit where there is one.
func rangeErr(q Question, what string) error {
	if q.Unit != "" {
		return fmt.Errorf("Enter %s from %d to %d %s.", what, q.Min, q.Max, q.Unit)
	}
	return fmt.Errorf("Enter %s from %d to %d.", what, q.Min, q.Max)
}

// inRange checks n against q's bounds; a question without a Max above its
// Min has no upper bound.
func inRange(q Question, n int64) bool {
	if n < q.Min {
		return false
	}
	return q.Max <= q.Min || n <= q.Max
}

var (
	minutesOnly  = regexp.MustCompile(`^(\d{1,4})(m|min|mins|minute|minutes)?$`)
	hoursMinutes = regexp.MustCompile(`^(\d{1,2})(?:\.(\d{1,2}))?(?:h|hr|hrs|hour|hours)(?:(\d{1,3})(?:m|min|mins|minute|minutes)?)?$`)
	clockMinutes = regexp.MustCompile(`^(\d{1,2}):(\d{2})$`)
)

func parseMinutes(q Question, s string) (string, error) {
	// The message is built only when needed: the scorer parses every
	// stored answer, and most are fine.
	bad := func() error {
		if q.Unit == "" {
			return fmt.Errorf("Enter a length from %d to %d minutes, like 50 or 1h30.", q.Min, q.Max)
		}
		return rangeErr(q, "a length")
	}
	key := strings.ToLower(strings.Join(strings.Fields(s), ""))
	var n int64
	switch {
	case minutesOnly.MatchString(key):
		n, _ = strconv.ParseInt(minutesOnly.FindStringSubmatch(key)[1], 10, 64)
	case hoursMinutes.MatchString(key):
		m := hoursMinutes.FindStringSubmatch(key)
		h, _ := strconv.ParseInt(m[1], 10, 64)
		n = h * 60
		if m[2] != "" {
			if m[3] != "" { // "1.5h30" mixes two ways of saying it
				return "", bad()
			}
			f, _ := strconv.ParseInt(m[2], 10, 64)
			if len(m[2]) == 1 {
				f *= 10
			}
			// f hundredths of an hour; only whole minutes are stored.
			if f*60%100 != 0 {
				return "", bad()
			}
			n += f * 60 / 100
		}
		if m[3] != "" {
			mm, _ := strconv.ParseInt(m[3], 10, 64)
			if mm >= 60 {
				return "", bad()
			}
			n += mm
		}
	case clockMinutes.MatchString(key):
		m := clockMinutes.FindStringSubmatch(key)
		h, _ := strconv.ParseInt(m[1], 10, 64)
		mm, _ := strconv.ParseInt(m[2], 10, 64)
		if mm >= 60 {
			return "", bad()
		}
		n = h*60 + mm
	default:
		return "", bad()
	}
	if !inRange(q, n) {
		return "", bad()
	}
	return strconv.FormatInt(n, 10), nil
}

func parseCount(q Question, s string) (string, error) {
	bad := func() error {
		if q.Max <= q.Min {
			return fmt.Errorf("Enter a whole number of %d or more.", q.Min)
		}
		return rangeErr(q, "a whole number")
	}
	num := s
	if fields := strings.Fields(s); len(fields) == 2 && q.Unit != "" {
		unit := strings.ToLower(fields[1])
		if unit != strings.ToLower(q.Unit) && unit != strings.ToLower(singular(q.Unit)) {
			return "", bad()
		}
		num = fields[0]
	}
	n, ok := Int(num)
	if !ok || !inRange(q, n) {
		return "", bad()
	}
	return strconv.FormatInt(n, 10), nil
}

var ratingOutOf = regexp.MustCompile(`^(\d{1,3})\s*(?:/|of|out of)\s*(\d{1,3})$`)

func parseRating(q Question, s string) (string, error) {
	bad := func() error { return fmt.Errorf("Enter a whole number from %d to %d.", q.Min, q.Max) }
	num := s
	if m := ratingOutOf.FindStringSubmatch(strings.ToLower(s)); m != nil {
		if m[2] != strconv.FormatInt(q.Max, 10) {
			return "", bad()
		}
		num = m[1]
	}
	n, ok := Int(num)
	if !ok || !inRange(q, n) {
		return "", bad()
	}
	return strconv.FormatInt(n, 10), nil
}

// withUnit writes "12 sessions", "1 session", "8 years".
func withUnit(n int64, unit string) string {
	if unit == "" {
		return strconv.FormatInt(n, 10)
	}
	if n == 1 {
		unit = singular(unit)
	}
	return strconv.FormatInt(n, 10) + " " + unit
}

// singular drops the plural "s" of a word unit ("years" -> "year") and
// leaves abbreviations and symbols ("min", "%") alone.
func singular(unit string) string {
	if len(unit) > 3 && strings.HasSuffix(unit, "s") {
		return unit[:len(unit)-1]
	}
	return unit
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// dates

// dateLayouts are tried in order; Go's "1" and "2" accept one or two digits.
var dateLayouts = []string{
	"2006-1-2",
	"1/2/2006",
	"Mon 2 Jan 2006",
	"Mon, 2 Jan 2006",
	"2 Jan 2006",
}

func parseDate(s string) (time.Time, error) {
	s = strings.Join(strings.Fields(s), " ")
	for _, layout := range dateLayouts {
		d, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		// time.Parse checks a weekday's spelling but not that it fits.
		if strings.HasPrefix(layout, "Mon") && !strings.EqualFold(s[:3], d.Weekday().String()[:3]) {
			return time.Time{}, errWeekday
		}
		if d.Year() < 1900 || d.Year() > 2200 {
			return time.Time{}, errDate
		}
		return d, nil
	}
	return time.Time{}, errDate
}
