package questions

import (
	"fmt"
	"slices"
	"strings"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/safetext"
)

// The words the question form shows for answer kinds, better answers and
// importance, and how it reads the options typed into it.

// kindLabels names each answer kind in the person's words.
var kindLabels = map[checklist.Kind]string{
	checklist.KindText:     "text",
	checklist.KindYesNo:    "yes / no / unsure",
	checklist.KindChoice:   "one of some options",
	checklist.KindMulti:    "any of some options",
	checklist.KindRating:   "a rating, 1 to 5",
	checklist.KindMoney:    "an amount of money",
	checklist.KindCount:    "a whole number",
	checklist.KindMinutes:  "minutes",
	checklist.KindDate:     "a date",
	checklist.KindDuration: "a length of therapy",
}

// betterLabels names each Better value.
var betterLabels = map[string]string{
	"": "no better answer", "yes": "yes is better", "no": "no is better",
	"lower": "lower is better", "higher": "higher is better",
	"earlier": "earlier is better", "first": "options run best to worst",
}

// importanceSteps4 are the importance steps the form offers.
var importanceSteps4 = []checklist.Importance{checklist.Ignore, checklist.Nice, checklist.Important, checklist.MustHave}

// betterChoices are the better answers kind allows, as shown, and the
// index of better among them.
func betterChoices(kind checklist.Kind, better string) ([]string, int) {
	opts := checklist.BetterOptions(kind)
	labels := make([]string, len(opts))
	for i, o := range opts {
		labels[i] = betterLabels[o]
	}
	return labels, max(0, slices.Index(opts, better))
}

// splitOptions reads the comma-separated options, dropping empty ones.
func splitOptions(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		if p := strings.TrimSpace(safetext.Line(part)); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// keepChoiceIDs gives each label an ID: an option's old ID when its label
// is unchanged, or when its place held an option now gone (a renamed
// option keeps its answers); a new one otherwise.
func keepChoiceIDs(old []checklist.Choice, labels []string) []checklist.Choice {
	used := map[string]bool{}
	out := make([]checklist.Choice, len(labels))
	for i, l := range labels {
		out[i].Label = l
		if j := slices.IndexFunc(old, func(c checklist.Choice) bool { return c.Label == l }); j >= 0 && !used[old[j].ID] {
			out[i].ID = old[j].ID
			used[old[j].ID] = true
		}
	}
	for i := range out {
		if out[i].ID == "" && i < len(old) && !used[old[i].ID] && !slices.Contains(labels, old[i].Label) {
			out[i].ID = old[i].ID
			used[old[i].ID] = true
		}
	}
	n := 1
	for i := range out {
		for out[i].ID == "" {
			id := fmt.Sprintf("c%d", n)
			n++
			if !used[id] && !slices.ContainsFunc(old, func(c checklist.Choice) bool { return c.ID == id }) {
				out[i].ID = id
				used[id] = true
			}
		}
	}
	return out
}
