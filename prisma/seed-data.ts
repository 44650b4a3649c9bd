// Demo content: real interview questions with reference answers and key points, so the
// offline grader has something to grade against from the first run.
import type { CodeSpec } from "../lib/code/types";
import type { Difficulty } from "../lib/domain";

export type SeedQuestion = { text: string; difficulty: Difficulty; referenceAnswer: string; keyPoints: string[] };
export type SeedTopic = { name: string; description: string; unlocked: boolean; questions: SeedQuestion[] };

export const DEMO_INSTRUCTOR = { name: "Dana Instructor", email: "instructor@example.com", password: "instructor-demo-1" };
export const DEMO_STUDENT = { name: "Sam Student", email: "student@example.com", password: "student-demo-1" };
export const DEMO_BATCH = { name: "CS 201 · Spring cohort", classCode: "DEMO42" };

export const DEMO_TOPICS: SeedTopic[] = [
  {
    name: "Data structures",
    description: "Arrays, linked lists, stacks, queues, hash tables and trees: what they cost and when to use them.",
    unlocked: true,
    questions: [
      {
        text: "What is the difference between an array and a linked list?",
        difficulty: "EASY",
        referenceAnswer:
          "An array stores elements contiguously in memory, so any element can be accessed by index in constant time, but inserting or deleting in the middle requires shifting elements, which is linear time. A linked list stores nodes that each point to the next node, so access by position takes linear time, but inserting or deleting a node is constant time once you have a reference to its neighbour. Arrays have better cache locality; linked lists use extra memory for pointers.",
        keyPoints: [
          "array elements are contiguous in memory",
          "array index access is constant time",
          "linked list access by position is linear time",
          "linked list insertion and deletion is constant time given the node",
          "linked lists use extra memory for pointers",
        ],
      },
      {
        text: "Explain how a stack and a queue differ, and give a use for each.",
        difficulty: "EASY",
        referenceAnswer:
          "A stack is last in, first out: push and pop happen at the same end. It is used for function call frames, undo history and depth-first search. A queue is first in, first out: elements are added at the back and removed from the front. It is used for scheduling, buffering and breadth-first search.",
        keyPoints: [
          "a stack is last in first out",
          "a queue is first in first out",
          "stack use such as function calls, undo or depth-first search",
          "queue use such as scheduling, buffering or breadth-first search",
        ],
      },
      {
        text: "How does a hash table achieve average constant-time lookup?",
        difficulty: "MEDIUM",
        referenceAnswer:
          "A hash function maps each key to an index in an underlying array of buckets, so a lookup computes the hash and goes directly to one bucket instead of searching all entries. Collisions, where two keys map to the same bucket, are handled by chaining or open addressing. The table is resized when the load factor grows so buckets stay short, which keeps the average cost constant; the worst case is linear when many keys collide.",
        keyPoints: [
          "a hash function maps the key to a bucket index",
          "collisions are handled by chaining or open addressing",
          "the table resizes when the load factor grows",
          "worst case is linear when many keys collide",
        ],
      },
      {
        text: "What is a binary search tree, and what is the cost of searching it?",
        difficulty: "MEDIUM",
        referenceAnswer:
          "A binary search tree is a binary tree where every node's left subtree holds smaller keys and its right subtree holds larger keys. Searching compares the key with the node and goes left or right, so it takes time proportional to the height of the tree: logarithmic when the tree is balanced, but linear in the worst case when the tree degenerates into a list, for example after inserting sorted keys.",
        keyPoints: [
          "left subtree keys are smaller and right subtree keys are larger",
          "search cost is proportional to the height of the tree",
          "balanced tree search is logarithmic",
          "an unbalanced tree degrades to linear time",
        ],
      },
      {
        text: "What is a heap and what is it typically used for?",
        difficulty: "MEDIUM",
        referenceAnswer:
          "A binary heap is a complete binary tree that satisfies the heap property: in a min-heap every parent is smaller than or equal to its children, so the minimum is at the root. It is usually stored in an array. Inserting and removing the root take logarithmic time by sifting up or down, and reading the minimum is constant time. Heaps implement priority queues and are used in heapsort, Dijkstra's algorithm and scheduling.",
        keyPoints: [
          "a heap is a complete binary tree with the heap property",
          "the minimum or maximum is at the root",
          "insert and remove take logarithmic time",
          "heaps implement priority queues",
        ],
      },
      {
        text: "When would you choose a balanced tree such as a red-black tree over a hash table?",
        difficulty: "HARD",
        referenceAnswer:
          "A balanced search tree keeps keys in sorted order, so it supports ordered iteration, range queries, and finding the minimum, maximum, predecessor or successor, which a hash table cannot do efficiently. It also guarantees logarithmic worst-case time for every operation, whereas a hash table is constant only on average and can degrade with bad hashing or adversarial keys. A hash table is preferable when only exact-match lookups are needed.",
        keyPoints: [
          "balanced trees keep keys in sorted order",
          "they support range queries and ordered iteration",
          "they guarantee logarithmic worst-case time",
          "hash tables are only constant time on average",
        ],
      },
      {
        text: "How would you detect a cycle in a singly linked list using constant extra memory?",
        difficulty: "HARD",
        referenceAnswer:
          "Use Floyd's tortoise and hare algorithm: move one pointer one step at a time and another pointer two steps at a time. If the list has a cycle, the fast pointer eventually meets the slow pointer inside the cycle; if the fast pointer reaches the end of the list, there is no cycle. It runs in linear time and uses constant extra memory, unlike storing visited nodes in a set.",
        keyPoints: [
          "use two pointers moving at different speeds",
          "the pointers meet if there is a cycle",
          "reaching the end of the list means no cycle",
          "linear time and constant memory",
        ],
      },
      {
        text: "What is amortized analysis? Explain it using a dynamic array that doubles its capacity.",
        difficulty: "HARD",
        referenceAnswer:
          "Amortized analysis averages the cost of operations over a worst-case sequence rather than bounding each operation alone. A dynamic array that doubles its capacity when full sometimes has to copy all n elements, which is linear, but this happens rarely: after a resize to capacity 2n, the next n appends are cheap. The total copying over n appends is at most about 2n, so each append costs constant time amortized.",
        keyPoints: [
          "amortized analysis averages cost over a sequence of operations",
          "a resize copies all elements which is linear",
          "doubling makes resizes rare",
          "append is constant time amortized",
        ],
      },
    ],
  },
  {
    name: "Databases and SQL",
    description: "Relational modelling, SQL, indexes and transactions.",
    unlocked: true,
    questions: [
      {
        text: "What is a primary key, and how is it different from a foreign key?",
        difficulty: "EASY",
        referenceAnswer:
          "A primary key is a column or set of columns that uniquely identifies each row of a table; it must be unique and not null. A foreign key is a column in one table that refers to the primary key of another table, enforcing referential integrity so that a row cannot point to a row that does not exist.",
        keyPoints: [
          "a primary key uniquely identifies each row",
          "a primary key is unique and not null",
          "a foreign key references a primary key in another table",
          "foreign keys enforce referential integrity",
        ],
      },
      {
        text: "Explain the difference between an INNER JOIN and a LEFT JOIN.",
        difficulty: "EASY",
        referenceAnswer:
          "An inner join returns only the rows that have a match in both tables according to the join condition. A left join returns every row from the left table, with the matching columns from the right table, and fills the right table's columns with NULL when there is no match.",
        keyPoints: [
          "an inner join returns only matching rows from both tables",
          "a left join returns all rows from the left table",
          "unmatched right columns are null in a left join",
        ],
      },
      {
        text: "What is an index in a database, and what does it cost?",
        difficulty: "MEDIUM",
        referenceAnswer:
          "An index is a separate data structure, usually a B-tree, that maps column values to row locations so the database can find matching rows without scanning the whole table, which speeds up lookups, joins and sorting. The cost is extra storage and slower writes, because every insert, update and delete must also update the index.",
        keyPoints: [
          "an index is a data structure such as a b-tree",
          "it avoids scanning the whole table",
          "indexes take extra storage",
          "indexes slow down inserts updates and deletes",
        ],
      },
      {
        text: "What does normalization mean in relational database design?",
        difficulty: "MEDIUM",
        referenceAnswer:
          "Normalization organises tables so that each fact is stored once, removing redundancy and the update, insert and delete anomalies it causes. It proceeds through normal forms: first normal form requires atomic values, second normal form removes partial dependencies on a composite key, and third normal form removes transitive dependencies between non-key columns. Designs are sometimes denormalized on purpose for read performance.",
        keyPoints: [
          "normalization removes redundancy",
          "it prevents update insert and delete anomalies",
          "normal forms such as first second and third normal form",
          "denormalization can be chosen for read performance",
        ],
      },
      {
        text: "What are the ACID properties of a transaction?",
        difficulty: "MEDIUM",
        referenceAnswer:
          "Atomicity means a transaction's changes all happen or none do. Consistency means a transaction takes the database from one valid state to another, respecting constraints. Isolation means concurrent transactions do not see each other's intermediate changes, as if they ran one after another to a degree set by the isolation level. Durability means that once a transaction commits, its changes survive crashes.",
        keyPoints: [
          "atomicity means all or nothing",
          "consistency keeps constraints valid",
          "isolation keeps concurrent transactions from interfering",
          "durability means committed changes survive crashes",
        ],
      },
      {
        text: "What is the difference between WHERE and HAVING in SQL?",
        difficulty: "EASY",
        referenceAnswer:
          "WHERE filters individual rows before grouping and aggregation, so it cannot refer to aggregate results. HAVING filters groups after GROUP BY has been applied, so it can use aggregates such as COUNT or SUM in its condition.",
        keyPoints: ["where filters rows before grouping", "having filters groups after group by", "having can use aggregate functions"],
      },
      {
        text: "Explain the isolation anomalies dirty read, non-repeatable read and phantom read.",
        difficulty: "HARD",
        referenceAnswer:
          "A dirty read is reading data written by another transaction that has not committed yet and may roll back. A non-repeatable read is reading the same row twice in one transaction and getting different values because another transaction committed an update in between. A phantom read is running the same query twice and getting a different set of rows because another transaction inserted or deleted matching rows. Read committed prevents dirty reads, repeatable read prevents non-repeatable reads, and serializable prevents phantoms.",
        keyPoints: [
          "a dirty read sees uncommitted data",
          "a non-repeatable read sees a row change between two reads",
          "a phantom read sees new or removed rows matching a query",
          "isolation levels prevent these anomalies",
        ],
      },
      {
        text: "A query that filters on two columns is slow. How would you investigate and fix it?",
        difficulty: "HARD",
        referenceAnswer:
          "Run EXPLAIN or EXPLAIN ANALYZE to see the query plan and check whether it does a sequential scan and how many rows it estimates versus reads. If it scans, add a composite index on the filtered columns, ordering the columns so the most selective equality column comes first and range columns last. Check that statistics are up to date with ANALYZE, avoid wrapping indexed columns in functions, then measure the query again.",
        keyPoints: [
          "use explain or explain analyze to read the query plan",
          "look for a sequential scan",
          "add a composite index on the filtered columns",
          "column order in the index matters",
          "measure again after the change",
        ],
      },
    ],
  },
  {
    name: "Operating systems",
    description: "Processes, threads, memory and concurrency.",
    unlocked: false,
    questions: [
      {
        text: "What is the difference between a process and a thread?",
        difficulty: "EASY",
        referenceAnswer:
          "A process is a running program with its own address space and resources, isolated from other processes. A thread is a unit of execution inside a process; threads of the same process share its memory and open files but each has its own stack and registers. Threads are cheaper to create and switch between, but sharing memory means they need synchronization.",
        keyPoints: [
          "a process has its own address space",
          "threads share the memory of their process",
          "each thread has its own stack and registers",
          "threads are cheaper to create and switch",
        ],
      },
      {
        text: "What is a deadlock, and what conditions are required for it to occur?",
        difficulty: "MEDIUM",
        referenceAnswer:
          "A deadlock is a state where a set of processes are each waiting for a resource held by another in the set, so none can proceed. It requires four conditions at once: mutual exclusion, hold and wait, no preemption, and circular wait. Breaking any one of them, for example by acquiring locks in a fixed global order, prevents deadlock.",
        keyPoints: ["processes wait for resources held by each other", "mutual exclusion", "hold and wait", "no preemption", "circular wait"],
      },
      {
        text: "What is virtual memory and why do operating systems use it?",
        difficulty: "MEDIUM",
        referenceAnswer:
          "Virtual memory gives each process its own address space that the hardware's memory management unit translates to physical memory through page tables. It isolates processes from each other, lets programs use more memory than is physically present by paging to disk, and simplifies loading and sharing code. Pages not in memory cause a page fault and are loaded on demand.",
        keyPoints: [
          "each process gets its own virtual address space",
          "page tables translate virtual to physical addresses",
          "it isolates processes from each other",
          "pages can be swapped to disk and loaded on a page fault",
        ],
      },
      {
        text: "What is a race condition and how can it be prevented?",
        difficulty: "EASY",
        referenceAnswer:
          "A race condition happens when the result of a program depends on the timing of threads accessing shared data, and at least one of them writes, for example two threads incrementing the same counter and losing an update. It is prevented by making the critical section mutually exclusive with a lock or mutex, by using atomic operations, or by avoiding shared mutable state.",
        keyPoints: [
          "the result depends on the timing of concurrent access",
          "shared data is written by at least one thread",
          "use a lock or mutex around the critical section",
          "atomic operations or avoiding shared state also help",
        ],
      },
      {
        text: "What happens during a context switch?",
        difficulty: "MEDIUM",
        referenceAnswer:
          "On a context switch the kernel saves the state of the running process or thread, its registers, program counter and stack pointer, into its control block, picks the next one with the scheduler, and restores that one's saved state. Switching between processes also changes the address space, which can flush the TLB. Context switches are pure overhead, so too many hurt performance.",
        keyPoints: [
          "the kernel saves the registers and program counter",
          "the scheduler chooses the next thread",
          "the saved state of the next thread is restored",
          "switching address space can flush the tlb",
          "context switches are overhead",
        ],
      },
      {
        text: "Compare a mutex and a semaphore.",
        difficulty: "MEDIUM",
        referenceAnswer:
          "A mutex is a lock that allows one thread at a time into a critical section and is released by the thread that acquired it. A semaphore is a counter that allows up to N threads to proceed; wait decrements it and blocks at zero, signal increments it, and it can be signalled by a different thread, which makes it useful for limiting access to a pool of resources and for signalling between threads.",
        keyPoints: [
          "a mutex allows one thread at a time",
          "a mutex is released by the thread that holds it",
          "a semaphore is a counter allowing up to n threads",
          "semaphores can be used for signalling between threads",
        ],
      },
      {
        text: "Explain how paging differs from segmentation.",
        difficulty: "HARD",
        referenceAnswer:
          "Paging divides memory into fixed-size pages and frames, so any page can go in any frame, which removes external fragmentation but can waste space inside the last page, called internal fragmentation. Segmentation divides a program into variable-size logical segments such as code, data and stack, each with a base and limit, which matches the program's structure but suffers from external fragmentation. Many systems combined them, segmenting and then paging each segment.",
        keyPoints: [
          "paging uses fixed-size pages and frames",
          "paging avoids external fragmentation but has internal fragmentation",
          "segmentation uses variable-size logical segments",
          "segmentation suffers from external fragmentation",
        ],
      },
      {
        text: "What is thrashing, and how can an operating system prevent it?",
        difficulty: "HARD",
        referenceAnswer:
          "Thrashing is when a system spends most of its time paging because the working sets of the running processes do not fit in physical memory, so pages are evicted and immediately needed again and CPU utilisation collapses. The operating system can prevent it by tracking each process's working set or page-fault frequency and reducing the degree of multiprogramming, suspending or swapping out processes until the rest fit; adding memory also helps.",
        keyPoints: [
          "the system spends most of its time paging",
          "working sets do not fit in physical memory",
          "track the working set or page fault frequency",
          "reduce the number of running processes",
        ],
      },
    ],
  },
];

/** A coding question's seed: the prompt and grading fields plus its spec (lib/code/types.ts). */
export type SeedCodingQuestion = SeedQuestion & { code: CodeSpec };

const both = (javascript: string, python: string) => ({ javascript, python });

/**
 * The demo class's coding topic, seeded after DEMO_TOPICS (kept apart: tests grade every concept
 * question of DEMO_TOPICS with their reference answers). Written for this project.
 */
export const DEMO_CODING_TOPIC: { name: string; description: string; unlocked: boolean; questions: SeedCodingQuestion[] } = {
  name: "Coding practice",
  description: "Short functions to write, run against tests in the interview room, and explain.",
  unlocked: true,
  questions: [
    {
      text: "Write sumList(numbers): return the sum of a list of numbers (0 for an empty list). Example: sumList([1, 2, 3]) returns 6.",
      difficulty: "EASY",
      referenceAnswer: "Keep a running total that starts at 0 and add each number in one pass. That is O(n) time and O(1) extra space, and an empty list returns the starting 0.",
      keyPoints: ["a running total that starts at 0", "one pass over the list", "O(n) time and O(1) space", "an empty list gives 0"],
      code: {
        languages: ["javascript", "python"],
        entry: "sumList",
        starter: both("function sumList(numbers) {\n  // Your code here.\n  return 0;\n}\n", "def sum_list(numbers):\n    # Your code here.\n    return 0\n"),
        solution: both(
          "function sumList(numbers) {\n  let total = 0;\n  for (const n of numbers) total += n;\n  return total;\n}\n",
          "def sum_list(numbers):\n    total = 0\n    for n in numbers:\n        total += n\n    return total\n",
        ),
        tests: [
          { name: "three numbers", args: [[1, 2, 3]], expected: 6 },
          { name: "empty list", args: [[]], expected: 0 },
          { name: "negatives", args: [[-4, 10, -1]], expected: 5, hidden: true },
          { name: "one number", args: [[42]], expected: 42, hidden: true },
        ],
      },
    },
    {
      text: 'Write isPalindrome(text): true when the letters and digits of text read the same both ways, ignoring case and every other character. Example: isPalindrome("Never odd, or even") returns true.',
      difficulty: "EASY",
      referenceAnswer:
        "Keep only the letters and digits, lower-cased, then compare the string with its reverse, or walk two indices inward from both ends. Either is O(n) time; the two-index walk needs no copy. An empty string counts as a palindrome.",
      keyPoints: ["keep only letters and digits, lower-cased", "compare with the reverse or walk two indices inward", "O(n) time", "an empty string is a palindrome"],
      code: {
        languages: ["javascript", "python"],
        entry: "isPalindrome",
        starter: both("function isPalindrome(text) {\n  // Your code here.\n  return false;\n}\n", "def is_palindrome(text):\n    # Your code here.\n    return False\n"),
        solution: both(
          'function isPalindrome(text) {\n  const kept = text.toLowerCase().replace(/[^a-z0-9]/g, "");\n  return kept === [...kept].reverse().join("");\n}\n',
          "def is_palindrome(text):\n    kept = [c for c in text.lower() if c.isalnum()]\n    return kept == kept[::-1]\n",
        ),
        tests: [
          { name: "a sentence", args: ["Never odd, or even"], expected: true },
          { name: "not a palindrome", args: ["interview"], expected: false },
          { name: "empty string", args: [""], expected: true, hidden: true },
          { name: "digits and mixed case", args: ["A1b2B1a"], expected: true, hidden: true },
          { name: "punctuation only", args: ["?!"], expected: true, hidden: true },
        ],
      },
    },
    {
      text: 'Write mostFrequent(words): return the word that appears most often in the list; when several tie, the one first in alphabetical order; null for an empty list. Example: mostFrequent(["b", "a", "b", "a", "c"]) returns "a".',
      difficulty: "MEDIUM",
      referenceAnswer:
        "Count each word in a hash map in one pass, then pick the highest count, breaking ties by the smaller word. Counting is O(n) time and O(k) space for k distinct words; sorting all of them instead would cost O(k log k). An empty list has no answer, so return null.",
      keyPoints: ["count words in a hash map", "pick the highest count, ties by alphabetical order", "O(n) time and O(k) space", "an empty list returns null"],
      code: {
        languages: ["javascript", "python"],
        entry: "mostFrequent",
        starter: both("function mostFrequent(words) {\n  // Your code here.\n  return null;\n}\n", "def most_frequent(words):\n    # Your code here.\n    return None\n"),
        solution: both(
          "function mostFrequent(words) {\n  const counts = new Map();\n  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);\n  let best = null;\n  for (const [w, n] of counts) {\n    if (best === null || n > counts.get(best) || (n === counts.get(best) && w < best)) best = w;\n  }\n  return best;\n}\n",
          "def most_frequent(words):\n    counts = {}\n    for w in words:\n        counts[w] = counts.get(w, 0) + 1\n    best = None\n    for w, n in counts.items():\n        if best is None or n > counts[best] or (n == counts[best] and w < best):\n            best = w\n    return best\n",
        ),
        tests: [
          { name: "a clear winner", args: [["x", "y", "x"]], expected: "x" },
          { name: "a tie", args: [["b", "a", "b", "a", "c"]], expected: "a" },
          { name: "empty list", args: [[]], expected: null, hidden: true },
          { name: "one word", args: [["solo"]], expected: "solo", hidden: true },
          { name: "case matters", args: [["Go", "go", "go"]], expected: "go", hidden: true },
        ],
      },
    },
  ],
};

/** The demo class's assignment: a topic to finish within a few days of seeding, two attempts. */
export const DEMO_ASSIGNMENT = {
  topic: "Databases and SQL",
  title: "Databases check-in",
  instructions: "One mock interview on databases before Friday's session. Answer as you would in a real interview; your best attempt counts.",
  dueInDays: 5,
  maxAttempts: 2,
};
/** A demo resource (a link or a note) on a topic, a question, or one of its key points; reports link missed points to it. */
export type SeedResource = { topic: string; question?: string; keyPoint?: string; title: string; url?: string; note?: string };

/** The demo class's resources, written for this project. The demo class's leaderboard stays off (the default). */
export const DEMO_RESOURCES: SeedResource[] = [
  {
    topic: "Data structures",
    question: "How does a hash table achieve average constant-time lookup?",
    keyPoint: "collisions are handled by chaining or open addressing",
    title: "Collision resolution in hash tables",
    url: "https://en.wikipedia.org/wiki/Hash_table#Collision_resolution",
    note: "Compare chaining with open addressing: where each one puts a colliding key, and what happens to lookups as the table fills up.",
  },
  {
    topic: "Data structures",
    title: "Make your own cost table",
    note: "For each structure, write the cost of access, search, insert and delete. Then pick one for a queue of print jobs and say why in two sentences.",
  },
];
