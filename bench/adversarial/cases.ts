// Hand-written adversarial answers for the offline grader (issue 14): answers that share the
// reference's words but not its meaning, and correct answers that share few of its words.
// Each case carries the verdict a fair teacher of an English-language course would give.

export type Verdict = "strong" | "shallow" | "wrong";

export type AdversarialQuestion = { id: string; field: string; text: string; referenceAnswer: string; keyPoints: string[] };

export const CATEGORIES = [
  "exact-copy",
  "keyword-salad",
  "meaning-swap",
  "antonym-swap",
  "negated-reference",
  "question-restated",
  "padded-correct",
  "paraphrase",
  "correct-with-negation",
  "typos",
  "other-language",
  "code-pasted",
  "partial",
  "off-topic",
] as const;
export type Category = (typeof CATEGORIES)[number];

export type AdversarialCase = { questionId: string; category: Category; answer: string; expected: Verdict; why: string };

export const QUESTIONS: AdversarialQuestion[] = [
  {
    id: "magnets",
    field: "physics",
    text: "How do the poles of two magnets act on each other?",
    referenceAnswer:
      "Opposite poles attract each other, while like poles (north and north, or south and south) repel. The force gets stronger as the magnets move closer together and weaker as they move apart.",
    keyPoints: ["opposite poles attract", "like poles repel", "force is stronger when closer"],
  },
  {
    id: "photosynthesis",
    field: "biology",
    text: "What happens during photosynthesis?",
    referenceAnswer: "Plants use light energy, captured by chlorophyll in their chloroplasts, to turn carbon dioxide and water into glucose. Oxygen is released as a by-product.",
    keyPoints: ["uses light energy", "carbon dioxide and water become glucose", "releases oxygen", "happens in chloroplasts"],
  },
  {
    id: "reaction-rate",
    field: "chemistry",
    text: "How does temperature affect the rate of a chemical reaction?",
    referenceAnswer:
      "A higher temperature increases the reaction rate. The particles move faster, so they collide more often and with more energy, and a larger share of the collisions exceeds the activation energy.",
    keyPoints: ["higher temperature increases the rate", "particles collide more often", "more collisions exceed the activation energy"],
  },
  {
    id: "printing-press",
    field: "history",
    text: "How did the printing press change Europe after the fifteenth century?",
    referenceAnswer:
      "After Gutenberg's movable-type press appeared around 1450, books became much cheaper and faster to produce. Ideas spread more widely and quickly, literacy rose, and the press helped the Reformation and later the scientific revolution.",
    keyPoints: ["books became cheaper and faster to produce", "ideas spread quickly", "literacy rose", "helped the Reformation"],
  },
  {
    id: "demand-price",
    field: "economics",
    text: "If demand for a good rises while supply stays the same, what happens to its price, and why?",
    referenceAnswer:
      "The price rises. At the old price buyers want more than sellers offer, so there is a shortage, and competition among buyers pushes the price up until the quantity demanded matches the quantity supplied again.",
    keyPoints: ["the price rises", "shortage at the old price", "buyers compete and push the price up"],
  },
  {
    id: "interest-rates",
    field: "economics",
    text: "How does a central bank raising interest rates tend to affect inflation?",
    referenceAnswer:
      "Higher interest rates make borrowing more expensive and saving more attractive, so households and firms spend and invest less. Lower demand eases the pressure on prices, so inflation tends to fall, usually after a delay.",
    keyPoints: ["borrowing becomes more expensive", "spending and investment fall", "inflation tends to fall"],
  },
  {
    id: "stack-queue",
    field: "data structures",
    text: "What is the difference between a stack and a queue?",
    referenceAnswer:
      "A stack is last in, first out: you push and pop at the same end, so the most recently added item comes off first. A queue is first in, first out: items join at the back and leave from the front, in the order they arrived.",
    keyPoints: ["stack is last in first out", "queue is first in first out", "stack pops the most recent item", "queue removes from the front"],
  },
  {
    id: "db-index",
    field: "databases",
    text: "What does a database index do, and what does it cost?",
    referenceAnswer:
      "An index is an extra sorted structure, usually a B-tree, that lets the database find matching rows without scanning the whole table, so reads get faster. The cost is extra storage and slower writes, since every insert, update or delete must also update the index.",
    keyPoints: ["faster lookups without a full table scan", "sorted structure like a B-tree", "extra storage", "slower writes"],
  },
  {
    id: "tcp-udp",
    field: "networking",
    text: "How does TCP differ from UDP?",
    referenceAnswer:
      "TCP sets up a connection and is reliable: it numbers the data, resends anything lost and delivers it in order. UDP just sends independent datagrams with no connection, no delivery guarantee and no ordering, which means less overhead and lower latency.",
    keyPoints: ["TCP is connection-oriented and reliable", "TCP resends lost data in order", "UDP has no delivery guarantee", "UDP has lower overhead and latency"],
  },
  {
    id: "std-dev",
    field: "statistics",
    text: "What does the standard deviation of a data set tell you?",
    referenceAnswer:
      "It measures how spread out the values are around the mean. A small standard deviation means the values cluster close to the mean, and a large one means they are widely scattered. It is the square root of the variance, in the same units as the data.",
    keyPoints: ["spread of values around the mean", "small means values close to the mean", "large means widely scattered", "square root of the variance"],
  },
  {
    id: "correlation",
    field: "statistics",
    text: "Why does correlation alone fall short of proving causation?",
    referenceAnswer:
      "Two variables can move together because a third factor drives both, because the cause runs the other way, or by chance. Showing that one actually causes the other needs a controlled or randomised experiment, or a careful argument that rules out those alternatives.",
    keyPoints: ["a third confounding factor drives both", "reverse causation", "coincidence or chance", "randomised experiment shows cause"],
  },
  {
    id: "mountain-cold",
    field: "geography",
    text: "Why is it usually colder at the top of a high mountain than at its foot?",
    referenceAnswer:
      "Air pressure is lower at altitude, so air that rises expands and cools as it does. The air is mostly warmed by the ground below, and the thin air up high holds less heat, so the temperature drops by about 6.5 °C for every kilometre you climb.",
    keyPoints: ["air pressure is lower higher up", "rising air expands and cools", "temperature drops about 6.5 degrees per kilometre"],
  },
  {
    id: "vaccine",
    field: "medicine",
    text: "How does a vaccine protect someone from a disease?",
    referenceAnswer:
      "A vaccine shows the immune system a harmless version or part of a germ, such as a weakened virus or one of its proteins. The body makes antibodies and memory cells against it, so when the real germ arrives later the immune response is faster and stronger.",
    keyPoints: ["harmless version or part of the germ", "body makes antibodies", "memory cells remember it", "faster and stronger response later"],
  },
  {
    id: "https",
    field: "web",
    text: "Why should a website use HTTPS instead of plain HTTP?",
    referenceAnswer:
      "HTTPS wraps HTTP in TLS, which encrypts the traffic between the browser and the server and keeps anyone on the network from reading or tampering with it, such as passwords sent over public Wi-Fi. The server's certificate also proves its identity, so users know they have reached the real site rather than an impostor.",
    keyPoints: ["encrypts traffic with TLS", "others on the network cannot read or change it", "certificate proves the server's identity"],
  },
];

const reference = (id: string): string => QUESTIONS.find((q) => q.id === id)?.referenceAnswer ?? "";

export const CASES: AdversarialCase[] = [
  // ── exact copies: the reference itself must be strong ───────────────────────────────────────
  { questionId: "magnets", category: "exact-copy", answer: reference("magnets"), expected: "strong", why: "the reference answer verbatim" },
  { questionId: "stack-queue", category: "exact-copy", answer: reference("stack-queue"), expected: "strong", why: "the reference answer verbatim" },
  { questionId: "tcp-udp", category: "exact-copy", answer: reference("tcp-udp"), expected: "strong", why: "the reference answer verbatim" },
  { questionId: "vaccine", category: "exact-copy", answer: reference("vaccine"), expected: "strong", why: "the reference answer verbatim" },

  // ── keyword salad: the right words, no statement ────────────────────────────────────────────
  {
    questionId: "photosynthesis",
    category: "keyword-salad",
    answer: "Light glucose chlorophyll oxygen water carbon dioxide chloroplasts energy plants by-product.",
    expected: "wrong",
    why: "a list of terms with no claim about what turns into what",
  },
  {
    questionId: "stack-queue",
    category: "keyword-salad",
    answer: "Stack queue first last in out push pop front back order items end arrived recently.",
    expected: "wrong",
    why: "the words of both definitions jumbled; says nothing about which is which",
  },
  {
    questionId: "db-index",
    category: "keyword-salad",
    answer: "Index B-tree table scan rows storage writes faster slower sorted insert update delete database.",
    expected: "wrong",
    why: "term dump; cannot tell whether reads or writes get faster",
  },
  {
    questionId: "tcp-udp",
    category: "keyword-salad",
    answer: "TCP UDP datagrams connection reliable order resends latency overhead guarantee lost data.",
    expected: "wrong",
    why: "every keyword, no sentence, no contrast between the two protocols",
  },
  {
    questionId: "reaction-rate",
    category: "keyword-salad",
    answer: "Temperature rate particles collide activation energy faster more often higher reaction share.",
    expected: "wrong",
    why: "keywords only; the direction of the effect is never stated",
  },
  {
    questionId: "vaccine",
    category: "keyword-salad",
    answer: "Antibodies memory cells immune system germ weakened virus protein harmless faster stronger response vaccine.",
    expected: "wrong",
    why: "a word cloud, not an explanation of how protection arises",
  },
  {
    questionId: "magnets",
    category: "keyword-salad",
    answer: "Poles opposite repel like attract closer force the magnets stronger apart weaker each other.",
    expected: "wrong",
    why: "the reference's words shuffled into no statement at all",
  },

  // ── meaning swapped with the same words ─────────────────────────────────────────────────────
  {
    questionId: "magnets",
    category: "meaning-swap",
    answer: "Like poles attract each other, while opposite poles repel. The force gets weaker as the magnets move closer together and stronger as they move apart.",
    expected: "wrong",
    why: "same words with the roles swapped: every claim is reversed",
  },
  {
    questionId: "stack-queue",
    category: "meaning-swap",
    answer:
      "A queue is last in, first out: you push and pop at the same end, so the most recently added item comes off first. A stack is first in, first out: items join at the back and leave from the front.",
    expected: "wrong",
    why: "the two definitions attached to the wrong structure",
  },
  {
    questionId: "photosynthesis",
    category: "meaning-swap",
    answer: "Plants use light energy to turn oxygen and glucose into carbon dioxide and water. Carbon dioxide is released as a by-product.",
    expected: "wrong",
    why: "inputs and outputs swapped (that is closer to respiration)",
  },
  {
    questionId: "tcp-udp",
    category: "meaning-swap",
    answer:
      "UDP sets up a connection and is reliable: it resends anything lost and delivers it in order. TCP just sends independent datagrams with no connection and no delivery guarantee, so it has less overhead.",
    expected: "wrong",
    why: "the properties of TCP and UDP exchanged",
  },
  {
    questionId: "db-index",
    category: "meaning-swap",
    answer: "An index makes writes faster and reads slower: every read must also update the index, while an insert can find its rows without scanning the whole table.",
    expected: "wrong",
    why: "benefit and cost swapped between reads and writes",
  },
  {
    questionId: "printing-press",
    category: "meaning-swap",
    answer:
      "Literacy rose and ideas spread quickly, and that is why books became cheaper; the Reformation produced Gutenberg's printing press around 1450, and the press came after the scientific revolution.",
    expected: "wrong",
    why: "cause and effect reversed, and the order of events wrong",
  },

  // ── a key word replaced by its antonym ──────────────────────────────────────────────────────
  {
    questionId: "reaction-rate",
    category: "antonym-swap",
    answer:
      "A higher temperature decreases the reaction rate. The particles move slower, so they collide less often and with less energy, and a smaller share of the collisions exceeds the activation energy.",
    expected: "wrong",
    why: "increase/decrease and more/less flipped throughout",
  },
  {
    questionId: "demand-price",
    category: "antonym-swap",
    answer:
      "The price falls. At the old price sellers offer more than buyers want, so there is a surplus, and competition among sellers pushes the price down until the quantities match again.",
    expected: "wrong",
    why: "rises/falls and shortage/surplus flipped",
  },
  {
    questionId: "interest-rates",
    category: "antonym-swap",
    answer: "Higher interest rates make borrowing cheaper and saving less attractive, so households and firms spend and invest more, and inflation tends to rise.",
    expected: "wrong",
    why: "each effect points the wrong way",
  },
  {
    questionId: "mountain-cold",
    category: "antonym-swap",
    answer:
      "Air pressure is higher at altitude, so air that rises contracts and warms as it does. The thick air up high holds more heat, and the temperature rises by about 6.5 °C for every kilometre you climb.",
    expected: "wrong",
    why: "lower/higher, expands/contracts and drops/rises all reversed",
  },
  {
    questionId: "std-dev",
    category: "antonym-swap",
    answer:
      "It measures how spread out the values are around the mean. A large standard deviation means the values cluster close to the mean, and a small one means they are widely scattered.",
    expected: "wrong",
    why: "small and large swapped: the central claim is backwards",
  },
  {
    questionId: "magnets",
    category: "antonym-swap",
    answer: "Opposite poles repel each other, while like poles attract. The force gets weaker as the magnets move closer together.",
    expected: "wrong",
    why: "attract/repel and stronger/weaker flipped",
  },
  {
    questionId: "printing-press",
    category: "antonym-swap",
    answer:
      "Before the printing press, books were cheap and quick to produce; after it appeared around 1450 they became rare and costly, ideas spread more slowly and literacy fell.",
    expected: "wrong",
    why: "before/after and rose/fell reversed",
  },

  // ── the reference negated ───────────────────────────────────────────────────────────────────
  {
    questionId: "photosynthesis",
    category: "negated-reference",
    answer: "Plants do not use light energy, captured by chlorophyll in their chloroplasts, to turn carbon dioxide and water into glucose. Oxygen is not released as a by-product.",
    expected: "wrong",
    why: "the reference with 'not' inserted denies every point",
  },
  {
    questionId: "reaction-rate",
    category: "negated-reference",
    answer:
      "A higher temperature does not increase the reaction rate. The particles do not collide more often or with more energy, and no larger share of the collisions exceeds the activation energy.",
    expected: "wrong",
    why: "denies the effect the question asks about",
  },
  {
    questionId: "stack-queue",
    category: "negated-reference",
    answer: "A stack is not last in, first out, and the most recently added item does not come off first. A queue is not first in, first out.",
    expected: "wrong",
    why: "negates both definitions",
  },
  {
    questionId: "vaccine",
    category: "negated-reference",
    answer:
      "A vaccine does not show the immune system a harmless version of a germ. The body does not make antibodies or memory cells against it, so the immune response is not faster or stronger later.",
    expected: "wrong",
    why: "denies the whole mechanism",
  },
  {
    questionId: "tcp-udp",
    category: "negated-reference",
    answer:
      "TCP does not set up a connection and is not reliable: it never resends anything lost and does not deliver it in order. UDP does not have less overhead or lower latency.",
    expected: "wrong",
    why: "each property of both protocols denied",
  },
  {
    questionId: "interest-rates",
    category: "negated-reference",
    answer: "Higher interest rates do not make borrowing more expensive, households and firms do not spend or invest less, and inflation does not tend to fall.",
    expected: "wrong",
    why: "the reference's chain of effects, each one negated",
  },
  {
    questionId: "mountain-cold",
    category: "negated-reference",
    answer: "Air pressure is not lower at altitude, and air that rises does not expand or cool. The temperature does not drop as you climb.",
    expected: "wrong",
    why: "negates the cause and the effect",
  },

  // ── the question restated as an answer ──────────────────────────────────────────────────────
  {
    questionId: "photosynthesis",
    category: "question-restated",
    answer: "Photosynthesis is what happens during photosynthesis: it is the process that happens in a plant when photosynthesis takes place.",
    expected: "wrong",
    why: "circular; says nothing beyond the question",
  },
  {
    questionId: "db-index",
    category: "question-restated",
    answer: "A database index is something the database has, and it does something for the database, and it also costs something.",
    expected: "wrong",
    why: "echoes the question's two parts without answering either",
  },
  {
    questionId: "correlation",
    category: "question-restated",
    answer: "Correlation alone falls short of proving causation because correlation is a different thing from causation, so on its own it cannot prove it.",
    expected: "wrong",
    why: "a tautology; no reason is given",
  },
  {
    questionId: "https",
    category: "question-restated",
    answer: "A website should use HTTPS instead of plain HTTP because HTTPS is the better choice than plain HTTP for a website.",
    expected: "wrong",
    why: "restates the question as its own answer",
  },
  {
    questionId: "interest-rates",
    category: "question-restated",
    answer: "When a central bank raises interest rates, that tends to affect inflation, because interest rates and inflation are connected.",
    expected: "wrong",
    why: "names the link but never says which way or why",
  },

  // ── padding and rambling around a correct, complete answer ──────────────────────────────────
  {
    questionId: "stack-queue",
    category: "padded-correct",
    answer:
      "Great question, I have used both of these a lot in my own projects and honestly I think they come up in almost every interview. So basically, a stack is last in, first out: the last thing you push is the first thing you pop, like a pile of plates. A queue is first in, first out: things join at the back and leave from the front, like people waiting at a shop counter. Anyway, that is more or less how I would sum it up, and I am happy to go into more detail if you want.",
    expected: "strong",
    why: "filler around a complete, correct contrast with examples",
  },
  {
    questionId: "vaccine",
    category: "padded-correct",
    answer:
      "I remember getting my vaccinations as a kid and hating the needle, and my grandmother always said they were the greatest invention ever, which I think is probably true. The way it works is that the vaccine shows your immune system a harmless piece or weakened form of the germ. Your body then makes antibodies and memory cells, so if the real germ turns up later you respond much faster and more strongly. That is why we do not see many cases of some diseases any more, which is pretty amazing when you think about it.",
    expected: "strong",
    why: "anecdote around every key point of the mechanism",
  },
  {
    questionId: "demand-price",
    category: "padded-correct",
    answer:
      "Okay, so this is classic supply and demand, the very first thing we did in economics, and it still shows up everywhere, from concert tickets to house prices. The price rises. At the old price more people want the good than there is available, so there is a shortage, and buyers compete for it, which pushes the price up until the amount people want matches the amount on offer. So yes, in short, higher price, and I think that is the main idea here.",
    expected: "strong",
    why: "chatty framing, but the direction and the shortage mechanism are all there",
  },
  {
    questionId: "std-dev",
    category: "padded-correct",
    answer:
      "Statistics was never my favourite subject, to be honest, but this one I do remember because our lecturer drew it on the board every week. The standard deviation tells you how spread out the values are around the mean. If it is small, the values sit close to the mean; if it is large, they are widely scattered. It is the square root of the variance, so it comes out in the same units as the data. Hopefully that covers what you were after.",
    expected: "strong",
    why: "padding around all four key points",
  },
  {
    questionId: "https",
    category: "padded-correct",
    answer:
      "These days pretty much every browser complains when a site is not on HTTPS, and I actually had to set it up for a club website last year, which was a bit of a pain with the certificates at first. The point is that HTTPS uses TLS to encrypt everything between the browser and the server, so someone on the same Wi-Fi cannot read your password or change the page. The certificate also proves the server really is who it claims to be. Anyway, it is free now with Let's Encrypt, so there is no excuse.",
    expected: "strong",
    why: "story around encryption, tamper protection and identity",
  },

  // ── correct, complete paraphrase with few words shared with the reference ───────────────────
  {
    questionId: "magnets",
    category: "paraphrase",
    answer:
      "North meets south: they pull together. North meets north, or south meets south: they push apart. The nearer you bring them, the harder the push or pull, and it fades as you separate them.",
    expected: "strong",
    why: "all three points in everyday words",
  },
  {
    questionId: "reaction-rate",
    category: "paraphrase",
    answer:
      "Heat it up and it goes quicker. Warmer molecules zip around, bump into one another more frequently and harder, so a bigger fraction of those bumps carries enough energy to get over the barrier.",
    expected: "strong",
    why: "direction, collision frequency and the energy barrier, reworded",
  },
  {
    questionId: "db-index",
    category: "paraphrase",
    answer:
      "It works like the alphabetical list at the back of a book: the engine jumps straight to the right records rather than reading every one. The price is disk space, and each time you add or change data that lookup structure must be kept up to date too, so inserts and updates slow down.",
    expected: "strong",
    why: "benefit and both costs explained by analogy",
  },
  {
    questionId: "correlation",
    category: "paraphrase",
    answer:
      "Ice-cream sales and drownings climb together in summer because hot weather boosts both, not because ice cream drowns people. Sometimes the arrow points backwards, and sometimes the link is pure luck. To pin down a cause you run a trial where you assign the treatment at random.",
    expected: "strong",
    why: "confounder, reverse direction, chance and randomised trials, via an example",
  },
  {
    questionId: "mountain-cold",
    category: "paraphrase",
    answer:
      "Up high the atmosphere is thinner, so a parcel of air that climbs spreads out, and spreading out uses up its energy, so it chills. The sun mostly heats the land, which heats the air next to it, and you lose roughly six or seven degrees for each thousand metres.",
    expected: "strong",
    why: "thin air, expansion cooling and the lapse rate in other words",
  },
  {
    questionId: "interest-rates",
    category: "paraphrase",
    answer:
      "If the bank makes loans dearer, people put off buying houses and cars and companies hold back on new projects. With less money chasing goods, shops cannot keep lifting their prices, so price growth slows after a while.",
    expected: "strong",
    why: "the full transmission chain without the textbook terms",
  },

  // ── correct answers that contain a negation ─────────────────────────────────────────────────
  {
    questionId: "tcp-udp",
    category: "correct-with-negation",
    answer:
      "TCP establishes a connection and guarantees delivery: lost segments are retransmitted and the data arrives in order. UDP does not set up a connection and does not guarantee delivery or order, so it has less overhead and lower latency.",
    expected: "strong",
    why: "the negations describe UDP correctly",
  },
  {
    questionId: "vaccine",
    category: "correct-with-negation",
    answer:
      "A vaccine doesn't give you the disease. It shows your immune system a harmless piece or weakened form of the germ, so you make antibodies and memory cells, and if the real germ shows up later you fight it off faster and harder.",
    expected: "strong",
    why: "'doesn't give you the disease' is true, and the mechanism is complete",
  },
  {
    questionId: "db-index",
    category: "correct-with-negation",
    answer:
      "An index lets the database find rows without reading the whole table; it doesn't need a full scan because it keeps the keys in a sorted B-tree. It isn't free, though: it takes extra storage and every write has to update it too, so inserts get slower.",
    expected: "strong",
    why: "negations are accurate; all four points covered",
  },
  {
    questionId: "https",
    category: "correct-with-negation",
    answer:
      "With plain HTTP anyone on the same network can read or alter the traffic; with HTTPS they can't, because TLS encrypts it. The certificate also proves the server is the real site and not an impostor.",
    expected: "strong",
    why: "'they can't' and 'not an impostor' are the correct claims",
  },
  {
    questionId: "photosynthesis",
    category: "correct-with-negation",
    answer:
      "Photosynthesis does not need oxygen as an input; it produces it. Chlorophyll in the chloroplasts captures light energy and uses it to turn carbon dioxide and water into glucose.",
    expected: "strong",
    why: "the negated sentence is true and everything else matches",
  },
  {
    questionId: "demand-price",
    category: "correct-with-negation",
    answer:
      "The price goes up. At the old price sellers can't supply everyone who wants to buy, so there is a shortage; buyers compete and bid the price up until the quantity demanded equals the quantity supplied.",
    expected: "strong",
    why: "'can't supply everyone' is the shortage, stated correctly",
  },
  {
    questionId: "std-dev",
    category: "correct-with-negation",
    answer:
      "A small standard deviation doesn't mean the numbers are small; it means the values sit close to the mean, and a large one means they are spread widely. It is the square root of the variance.",
    expected: "strong",
    why: "a correct clarification with a negation, then all key points",
  },

  // ── typos in otherwise correct answers ──────────────────────────────────────────────────────
  {
    questionId: "magnets",
    category: "typos",
    answer: "Oposite poles atract each other and like poles repell. The force gets stronger as they get closer and weeker as they move apart.",
    expected: "strong",
    why: "complete and correct; spelling does not change the physics",
  },
  {
    questionId: "printing-press",
    category: "typos",
    answer: "After Gutenburg's press around 1450, books became much cheeper and faster to make, so ideas spred quickly, literacy rose and it helped the Reformation.",
    expected: "strong",
    why: "all key points present despite four misspellings",
  },
  {
    questionId: "interest-rates",
    category: "typos",
    answer: "Higher intrest rates make borowing more expensive, so people and bussinesses spend and invest less, and inflaton tends to fall.",
    expected: "strong",
    why: "the full chain, misspelled",
  },
  {
    questionId: "correlation",
    category: "typos",
    answer:
      "A third varible can drive both (a confounder), the causation can run in reverse, or it can be coincidance. You need a randomised experment to show that one thing causes the other.",
    expected: "strong",
    why: "complete reasoning with three misspellings",
  },
  {
    questionId: "std-dev",
    category: "typos",
    answer:
      "It tells you how spred out the values are around the mean: small means they are close to the mean, large means widely scatterd. It is the sqaure root of the varience.",
    expected: "strong",
    why: "every key point, four misspellings",
  },
  {
    questionId: "vaccine",
    category: "typos",
    answer: "Vacines make your body produce antibodys.",
    expected: "shallow",
    why: "one correct point, misspelled; not wrong, but thin",
  },

  // ── other languages ─────────────────────────────────────────────────────────────────────────
  {
    questionId: "stack-queue",
    category: "other-language",
    answer: "Una pila es LIFO: el último elemento que entra es el primero que sale. Una cola es FIFO: el primero que entra es el primero que sale, en el orden de llegada.",
    expected: "shallow",
    why: "correct and complete in Spanish; an English-language course credits the understanding but not as a full answer",
  },
  {
    questionId: "photosynthesis",
    category: "other-language",
    answer:
      "La photosynthèse utilise l'énergie lumineuse, captée par la chlorophylle dans les chloroplastes, pour transformer le dioxyde de carbone et l'eau en glucose, en libérant de l'oxygène.",
    expected: "shallow",
    why: "correct and complete in French; shown understanding, wrong language for the course",
  },
  {
    questionId: "tcp-udp",
    category: "other-language",
    answer:
      "TCP baut eine Verbindung auf, ist zuverlässig, sendet verlorene Daten erneut und liefert sie in der richtigen Reihenfolge. UDP schickt einzelne Datagramme ohne Verbindung und ohne Garantie, hat dafür weniger Overhead und geringere Latenz.",
    expected: "shallow",
    why: "correct and complete in German; credit for content, not a full answer in the course language",
  },
  {
    questionId: "vaccine",
    category: "other-language",
    answer:
      "La vacuna enseña al sistema inmunitario una versión inofensiva del germen; el cuerpo produce anticuerpos y células de memoria, y la respuesta posterior es más rápida y más fuerte.",
    expected: "shallow",
    why: "correct and complete in Spanish; same judgement as the other correct foreign answers",
  },
  {
    questionId: "magnets",
    category: "other-language",
    answer: "Les pôles opposés se repoussent et les pôles identiques s'attirent.",
    expected: "wrong",
    why: "French, and the content is reversed: wrong in any language",
  },

  // ── code pasted instead of an explanation ───────────────────────────────────────────────────
  {
    questionId: "stack-queue",
    category: "code-pasted",
    answer: "const stack = [1, 2, 3];\nstack.push(4);\nstack.pop(); // 4: last in, first out\nconst queue = [1, 2, 3];\nqueue.push(4);\nqueue.shift(); // 1: first in, first out",
    expected: "shallow",
    why: "code with comments that clearly show LIFO versus FIFO, but no explanation",
  },
  {
    questionId: "db-index",
    category: "code-pasted",
    answer: "CREATE INDEX idx_users_email ON users (email);",
    expected: "wrong",
    why: "shows how to create one, not what it does or costs",
  },
  {
    questionId: "https",
    category: "code-pasted",
    answer: "server {\n  listen 80;\n  server_name example.com;\n  return 301 https://$host$request_uri;\n}",
    expected: "wrong",
    why: "a redirect config; no reason for HTTPS is given",
  },
  {
    questionId: "tcp-udp",
    category: "code-pasted",
    answer: "import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\ns.sendto(b'hello', ('10.0.0.5', 9000))",
    expected: "wrong",
    why: "opens a UDP socket; says nothing about how the protocols differ",
  },
  {
    questionId: "std-dev",
    category: "code-pasted",
    answer: "def std_dev(xs):\n    m = sum(xs) / len(xs)\n    variance = sum((x - m) ** 2 for x in xs) / len(xs)\n    return variance ** 0.5",
    expected: "shallow",
    why: "correct formula (root of the variance around the mean) but not what it tells you",
  },

  // ── one key point only ──────────────────────────────────────────────────────────────────────
  { questionId: "magnets", category: "partial", answer: "Opposite poles attract each other.", expected: "shallow", why: "one of three points" },
  {
    questionId: "photosynthesis",
    category: "partial",
    answer: "Plants make glucose out of carbon dioxide and water.",
    expected: "shallow",
    why: "the chemistry only; no light, no oxygen, no chloroplasts",
  },
  { questionId: "demand-price", category: "partial", answer: "The price goes up.", expected: "shallow", why: "the right direction with no reason" },
  { questionId: "tcp-udp", category: "partial", answer: "UDP is faster because it has less overhead.", expected: "shallow", why: "one property of one protocol" },
  {
    questionId: "mountain-cold",
    category: "partial",
    answer: "Because the air pressure is lower up there.",
    expected: "shallow",
    why: "the starting fact without the cooling mechanism",
  },
  { questionId: "vaccine", category: "partial", answer: "It makes your body produce antibodies.", expected: "shallow", why: "one of four points" },
  { questionId: "printing-press", category: "partial", answer: "It made books a lot cheaper.", expected: "shallow", why: "one consequence out of four" },

  // ── off-topic ───────────────────────────────────────────────────────────────────────────────
  {
    questionId: "stack-queue",
    category: "off-topic",
    answer: "TCP resends lost packets and delivers them in order, while UDP sends datagrams with no delivery guarantee.",
    expected: "wrong",
    why: "a correct answer to a different question",
  },
  {
    questionId: "reaction-rate",
    category: "off-topic",
    answer: "My favourite chemistry teacher always wore a lab coat and told great stories about the periodic table.",
    expected: "wrong",
    why: "anecdote, no answer",
  },
  {
    questionId: "mountain-cold",
    category: "off-topic",
    answer: "Mountains form when tectonic plates collide and push the crust upwards, as with the Himalayas.",
    expected: "wrong",
    why: "about mountains, but not about why the top is colder",
  },
  {
    questionId: "interest-rates",
    category: "off-topic",
    answer: "Inflation is measured with a consumer price index, a basket of goods whose prices are tracked over time.",
    expected: "wrong",
    why: "defines how inflation is measured; ignores interest rates",
  },
  {
    questionId: "https",
    category: "off-topic",
    answer: "HTML is the markup language for web pages, and CSS controls how they look.",
    expected: "wrong",
    why: "web basics unrelated to HTTPS",
  },
];
