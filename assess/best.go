package assess

import "github.com/vetted-tui/vetted/checklist"

// Best reports which of values (answers to q as stored, one per therapist,
// empty for unanswered) are the best in the row. Values are read in their
// canonical form (checklist.Parse), so "Yes" counts as "yes"; one that does
// not parse counts as unanswered. The best is the preferred yes/no
// answer, the lowest or highest number, the earliest date, the
// first-ranked choice. Ties are all marked. Nothing is marked when q has no
// order, when fewer than two values are answered, or when every answered
// value is the same, since then there is nothing to tell apart. A yes/no
// row with nobody giving the preferred answer marks nothing: "unsure" is
// not a good answer just because "no" is worse.
//
// A money row also reads amounts past checklist.MaxCents written in the
// canonical form ("120000.00"), so the comparison's derived cost rows can
// be starred with the fee question: a course of therapy can cost more
// than any one session may.
func Best(q checklist.Question, values []string) []bool {
	out := make([]bool, len(values))
	d := orderOf(q)
	if d == noOrder || q.OptIn {
		// An OptIn question's better answer is the person's call, not
		// the sources': no mark.
		return out
	}
	// key maps each usable value to a number where lower is better.
	key := make([]float64, len(values))
	ok := make([]bool, len(values))
	n := 0
	memo := canonMemo{} // a row repeats its values: "yes", "no", a fee
	for i, raw := range values {
		if raw == "" {
			continue
		}
		v, readable := memo.canon(q, raw)
		if !readable {
			// A cost row (a whole course at $600 × 200) is starred with
			// the fee's order but can pass what one fee may be.
			if c, isSum := sumCents(q, raw); isSum {
				key[i], ok[i] = float64(c), true
				if d == highFirst {
					key[i] = -key[i]
				}
				n++
			}
			continue
		}
		switch d {
		case preferred:
			// Preferred 0, unsure 1, the other answer 2: distinct keys so
			// that "no" against "unsure" is not mistaken for all equal.
			switch v {
			case q.Better:
				key[i], ok[i] = 0, true
			case checklist.Unsure:
				key[i], ok[i] = 1, true
			case checklist.Yes, checklist.No:
				key[i], ok[i] = 2, true
			}
		case ranked:
			r, found := choiceRank(q, v)
			key[i], ok[i] = float64(r), found
		case lowFirst, highFirst:
			f, found := numeric(q, v)
			if d == highFirst {
				f = -f
			}
			key[i], ok[i] = f, found
		}
		if ok[i] {
			n++
		}
	}
	if n < 2 {
		return out
	}
	best, worst := 0.0, 0.0
	first := true
	for i := range values {
		if !ok[i] {
			continue
		}
		if first || key[i] < best {
			best = key[i]
		}
		if first || key[i] > worst {
			worst = key[i]
		}
		first = false
	}
	if best == worst {
		return out
	}
	if d == preferred && best != 0 {
		return out
	}
	for i := range values {
		out[i] = ok[i] && key[i] == best
	}
	return out
}

// BestAmongEligible is Best over the therapists still in the running:
// values[i] of a therapist with ruledOut[i] (a red flag, see
// HasDealbreaker) counts as unanswered, so a dealbreaker never receives the
// best mark, and the others are compared among themselves. ruledOut may be
// shorter than values; missing entries count as not ruled out.
func BestAmongEligible(q checklist.Question, values []string, ruledOut []bool) []bool {
	eligible := make([]string, len(values))
	for i, v := range values {
		if i < len(ruledOut) && ruledOut[i] {
			continue
		}
		eligible[i] = v
	}
	return Best(q, eligible)
}
