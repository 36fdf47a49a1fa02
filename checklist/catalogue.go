package checklist

// The seed documents the catalogue's facts come from, by file name: the
// seed test in package assess reads them and pins each fact to its seed.
const (
	SeedClinic    = "000_2c8563ddae966d8b.txt" // a clinic's overview of sex therapy
	SeedHospital  = "001_86dc346a65778784.txt" // a hospital's page on sex therapists
	SeedQuestions = "002_b1a90376d516f6b2.txt" // the questions to ask, preparation
	SeedPractice  = "003_6f816902865dd330.txt" // a practice's page: techniques
	SeedOverview  = "004_51d1ed3269f3a185.txt" // what sex therapy is, AASECT directory
)

// Question IDs that other packages reason about (flags, costs, scores).
// Every ID in the catalogue is stable; these are named so that code can
// refer to them without string literals.
const (
	QTraining        = "edu.training"
	QLicense         = "edu.license"
	QAASECT          = "edu.aasect"
	QExperience      = "edu.experience"
	QYears           = "edu.years"
	QLocation        = "log.location"
	QHours           = "log.hours"
	QFormat          = "log.format"
	QFirstOpening    = "log.first_opening"
	QSessionLength   = "treat.session_length"
	QFrequency       = "treat.frequency"
	QCourse          = "treat.course"
	QRescheduling    = "treat.rescheduling"
	QApproaches      = "treat.approaches"
	QPartners        = "treat.partners"
	QHomework        = "treat.homework"
	QFee             = "fees.session"
	QInsurance       = "fees.insurance"
	QUpfront         = "fees.upfront"
	QSlidingScale    = "fees.sliding_scale"
	QPeopleLikeMe    = "safety.people_like_me"
	QConfidentiality = "safety.confidentiality"
	QPhysician       = "safety.physician"
	QContact         = "safety.contact"
	QComfort         = "safety.comfort"
)

// AASECT choice IDs, best first.
const (
	AASECTCertified = "certified"
	AASECTMember    = "member"
	AASECTUnsure    = "unsure"
	AASECTNo        = "no"
)

// Frequency choice IDs.
const (
	FreqWeekly   = "weekly"
	FreqBiweekly = "biweekly"
	FreqMonthly  = "monthly"
	FreqOther    = "other"
)
