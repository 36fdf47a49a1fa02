package checklist

// This file is the "What to expect" page: what the source pages say
// happens in sessions, about the medical side, about sex therapists and
// sex counselors, and where to ask for help. Every passage is a quote,
// word for word, from the page it names (the seed test checks each one);
// only the headings are vetted's own words.

// Passage is one quoted paragraph of a source page.
type Passage struct {
	// Quote is the page's own words, unchanged.
	Quote string
	// Source is the seed file the quote is taken from.
	Source string
}

// ExpectSection is a heading of the "What to expect" page with the
// passages under it.
type ExpectSection struct {
	// Title is vetted's own heading; it states no fact.
	Title    string
	Passages []Passage
}

// NotAReplacement says that vetted is no replacement for a health
// professional, in the words 002 uses of its own content ("they are not a
// replacement for advice, diagnosis, or treatment from a health care
// professional", "please talk to your doctor"). The welcome, the README,
// the brief and the "What to expect" page carry it.
const NotAReplacement = "vetted is not a replacement for advice, diagnosis, or treatment from a health care professional. If you have any questions or concerns about your health, please talk to your doctor."

// NotAReplacementSource is the seed NotAReplacement takes its words from.
const NotAReplacementSource = SeedQuestions

// Expect returns the "What to expect" page, section by section.
func Expect() []ExpectSection {
	return []ExpectSection{
		{Title: "In the sessions", Passages: []Passage{
			{"During sessions, you and your sex therapist will work together to identify and change thoughts and behaviors that are interfering with your sexual life. You may see your therapist by yourself or with your romantic or sexual partner(s).", SeedHospital},
			{"You’ll probably start sex therapy by outlining your personal sexual issues. Sexual difficulties are complex, and your therapist will want to understand all of the elements at play. This usually entails a thorough examination of your past as well as any current sexual or relationship issues.", SeedQuestions},
			{"Sex therapy is a collaborative, client-centered process. Sessions typically involve open discussion of concerns, guided by the therapist in a safe and confidential environment.", SeedPractice},
			{"As conversation is the main part of psychotherapy, you need to be actively involved in the therapy. The trust and relationship between you and your therapist are essential to working together effectively and benefiting from the therapy.", SeedHospital},
		}},
		{Title: "The medical side", Passages: []Passage{
			{"It’s important to know that sex therapists don’t treat physical or medical conditions that affect sex, such as low testosterone, for example. You may need to see a primary healthcare provider, gynecologist or urologist for any sexual function issues first to see if there are any underlying physical causes.", SeedHospital},
			{"Seeing a sex therapist alone may be adequate, depending on your issues and physical health, or your sex therapist may be part of a team that includes your primary care physician and other health care experts. Medication may be beneficial for some sexual issues. A comprehensive medical examination can assist you in determining the nature of your condition and the treatment choices that are available to you.", SeedQuestions},
		}},
		{Title: "Sex therapist or sex counselor", Passages: []Passage{
			{"The difference is in how the two experts address sexual concerns. Sex therapists use psychotherapy (talk therapy) to help people with sexual issues — whether they’re simple or more complex. Sex counselors take more of an action-based approach by offering education and techniques to address short-term problems.", SeedHospital},
		}},
		{Title: "Where to ask for help", Passages: []Passage{
			{"You can also contact a professional group like AASECT for assistance.", SeedQuestions},
		}},
	}
}
