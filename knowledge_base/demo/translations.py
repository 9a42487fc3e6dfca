"""English versions of six demo practices: their text fields; the rest (years,
taxonomies, initiative) is taken from the Polish practice."""

ENGLISH = {
    "demo-01": {
        "title": "Supplier matchmaking for offshore wind farms",
        "summary": "Yearly meetings where small firms of the region meet the "
        "builders of offshore wind farms and learn what they ask of suppliers.",
        "challenge": "Pomeranian metal and shipbuilding firms did not know how to "
        "enter the offshore wind supply chain: large contractors did not know "
        "their offer, and they did not know the qualification requirements.",
        "solution": "The cluster ran three editions of a matchmaking event. Before "
        "each one firms filled in a competence profile and the coordinator booked "
        "twenty-minute talks with the contractors' purchasing teams. Afterwards "
        "firms received feedback and a list of the certificates they lacked.",
        "results": "420 meetings in three editions; 19 member firms qualified as "
        "suppliers and 7 signed their first contracts.",
        "resources": "A half-time coordinator for three months before each "
        "edition, a hall for 200 people, a meeting booking system.",
        "lessons": "Meetings prepared in advance gave the most; those booked on "
        "the spot rarely led to cooperation.",
        "transferability": "The format suits any industry where a few large "
        "buyers look for many local suppliers.",
    },
    "demo-05": {
        "title": "Cybersecurity audits paid with vouchers",
        "summary": "Member firms received vouchers for an IT security audit "
        "carried out by other members of the cluster.",
        "challenge": "Small firms of the cluster served public-sector and "
        "financial clients but did not meet their information-security "
        "requirements.",
        "solution": "The cluster wrote a common audit method in line with "
        "ISO/IEC 27001 and issued 40 vouchers. Member firms specialised in "
        "security carried out the audits, and the findings were discussed at "
        "anonymous workshops.",
        "results": "38 audits; 11 firms were certified and the others carried "
        "out improvement plans.",
        "resources": "A budget for vouchers, the audit method, a project coordinator.",
        "lessons": "Auditor and audited firm must not be competitors; the pairs "
        "need checking.",
        "transferability": "Vouchers exchanged inside a cluster suit any service "
        "some members provide to the others.",
    },
    "demo-10": {
        "title": "An energy cooperative of municipalities and member firms",
        "summary": "Three municipalities and twelve firms set up a cooperative "
        "that generates energy from local renewable installations and shares it.",
        "challenge": "Firms paid high energy bills, while the municipalities had "
        "roofs and land where installations could stand.",
        "solution": "The cluster prepared a legal and economic analysis and helped "
        "write the statutes and choose the sites. The cooperative built two solar "
        "farms and settles the energy between its members.",
        "results": "4.2 MW installed; members cut their energy costs by 22% on "
        "average.",
        "resources": "Legal advice, members' contributions, a grant for the "
        "installations.",
        "lessons": "Agreeing how to share the benefits took longest; start with "
        "that, not with the technology.",
        "transferability": "The model suits rural and small-town municipalities "
        "with local industry.",
    },
    "demo-15": {
        "title": "A bank of research ideas from clinics and biotech firms",
        "summary": "Doctors report clinical problems, and firms of the cluster "
        "propose solutions and joint research projects.",
        "challenge": "Doctors had ideas for new devices and diagnostic methods but "
        "did not know how to find an industrial partner.",
        "solution": "The cluster runs a submission form and holds a quarterly "
        "meeting where authors present their ideas to firms. The coordinator "
        "helps with non-disclosure agreements and grant applications.",
        "results": "74 ideas submitted; 12 became research projects and 3 "
        "products on the market.",
        "resources": "A technology transfer coordinator, model agreements.",
        "lessons": "Non-disclosure agreements must be ready before the presentation.",
        "transferability": "The model suits any industry where end users know "
        "the problems better than the makers.",
    },
    "demo-23": {
        "title": "A shared brand for regional products of Kociewie",
        "summary": "Twenty firms and farms sell their products under one brand "
        "with a common quality system.",
        "challenge": "Small food processors were unknown outside their own "
        "municipality and could not reach retail chains.",
        "solution": "The cluster designed the brand, a quality standard and "
        "common packaging, then negotiated a regional-products shelf with retail "
        "chains.",
        "results": "The brand's products are in 45 shops; the participants' sales "
        "grew by 30% on average.",
        "resources": "Brand design, a quality auditor, a sales coordinator.",
        "lessons": "The common quality standard must be enforced; one slip harms "
        "everyone.",
        "transferability": "Suits any region with traditional food.",
    },
    "demo-26": {
        "title": "Off-season holiday packages",
        "summary": "Hotels, restaurants and attractions of the cluster sell joint "
        "weekend packages from October to April.",
        "challenge": "Outside summer the guesthouses stood empty, and no single "
        "firm had an offer that would attract guests.",
        "solution": "The cluster designed six themed packages (nature, cuisine, "
        "health), a common booking system and a campaign in large Polish cities.",
        "results": "Off-season occupancy rose from 18% to 31%; over 4,000 "
        "packages were sold.",
        "resources": "A booking system, a campaign budget, a coordinator.",
        "lessons": "How revenue is shared must be agreed before selling.",
        "transferability": "For any tourist region with a marked season.",
    },
}
