// Easy coding questions (one loop, one map or one stack). Written for this project.
import { type CodingBankQuestion, codeSpec, hidden, visible } from "./coding-spec";

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

const manyWords = range(2000).map((i) => `w${i}`);
const evens = [...range(1000).map((i) => i * 2), 1];
const withZeros = range(2000).map((i) => (i % 3 === 0 ? 0 : i));
const records = range(1000).map((i) => ({ id: i, bucket: i % 7 }));
const recordsByBucket = Object.fromEntries(range(7).map((b) => [String(b), records.filter((r) => r.bucket === b)]));

export const easyCodingQuestions: CodingBankQuestion[] = [
  {
    id: "code-reverse-words",
    kind: "CODE",
    difficulty: "EASY",
    seniority: { min: "INTERN", max: "JUNIOR" },
    text: 'Write reverseWords(sentence): given a string of words separated by one or more spaces, return the words in reverse order joined by single spaces, with no spaces at either end. A word is any run of characters other than a space, so punctuation stays with its word. Example: reverseWords("  fast   cars are  red ") returns "red are cars fast".',
    referenceAnswer:
      "Split the sentence on spaces, drop the empty pieces that repeated or outer spaces leave, reverse the list and join it with one space. Each character is visited a constant number of times, so it runs in O(n) time and uses O(n) extra space for the list of words. An empty or all-space sentence gives an empty list and so an empty string.",
    keyPoints: [
      "split on spaces and drop empty pieces",
      "reverse the list of words",
      "join with a single space",
      "O(n) time and space",
      "empty or all-space input gives an empty string",
    ],
    tags: ["algorithms", "strings"],
    code: codeSpec({
      entry: "reverseWords",
      params: ["sentence"],
      placeholder: "",
      javascript: `
function reverseWords(sentence) {
  // Repeated or outer spaces leave empty pieces: drop them before reversing.
  return sentence
    .split(" ")
    .filter((word) => word !== "")
    .reverse()
    .join(" ");
}`,
      python: `
def reverse_words(sentence):
    # Repeated or outer spaces leave empty pieces: drop them before reversing.
    words = [word for word in sentence.split(" ") if word]
    return " ".join(reversed(words))`,
      tests: [
        visible("two words", ["hello world"], "world hello"),
        visible("extra spaces", ["  the sky   is blue "], "blue is sky the"),
        visible("one word", ["alone"], "alone"),
        hidden("empty string", [""], ""),
        hidden("only spaces", ["    "], ""),
        hidden("punctuation stays with its word", ["Hi, there!"], "there! Hi,"),
        hidden("two thousand words", [manyWords.join(" ")], [...manyWords].reverse().join(" ")),
      ],
    }),
  },
  {
    id: "code-palindrome",
    kind: "CODE",
    difficulty: "EASY",
    seniority: { min: "INTERN", max: "JUNIOR" },
    text: 'Write isPalindrome(text): return true when the text reads the same forwards and backwards once you ignore letter case and every character that is not an ASCII letter or digit, and false otherwise. An empty text counts as a palindrome. Example: isPalindrome("Step on no pets!") returns true, isPalindrome("hello") returns false.',
    referenceAnswer:
      "Keep only the letters and digits, lower-cased, then compare characters with two pointers moving in from both ends, stopping at the first mismatch. This is O(n) time; filtering into a new string costs O(n) space, which skipping characters in place with the two pointers would avoid. Text with no letters or digits at all is a palindrome.",
    keyPoints: ["ignore case and non-alphanumeric characters", "two pointers moving in from both ends", "stop at the first mismatch", "O(n) time", "empty text is a palindrome"],
    tags: ["algorithms", "strings", "two-pointers"],
    code: codeSpec({
      entry: "isPalindrome",
      params: ["text"],
      placeholder: false,
      javascript: `
function isPalindrome(text) {
  // Keep only letters and digits, lower-cased, then compare from both ends.
  const chars = text.toLowerCase().replace(/[^a-z0-9]/g, "");
  let i = 0;
  let j = chars.length - 1;
  while (i < j) {
    if (chars[i] !== chars[j]) return false;
    i++;
    j--;
  }
  return true;
}`,
      python: `
def is_palindrome(text):
    # Keep only ASCII letters and digits, lower-cased, then compare from both ends.
    chars = [c for c in text.lower() if c.isascii() and c.isalnum()]
    i, j = 0, len(chars) - 1
    while i < j:
        if chars[i] != chars[j]:
            return False
        i += 1
        j -= 1
    return True`,
      tests: [
        visible("phrase with punctuation", ["Was it a car or a cat I saw?"], true),
        visible("not a palindrome", ["hello"], false),
        visible("digits count", ["12321"], true),
        hidden("empty string", [""], true),
        hidden("only punctuation", ["!?, ."], true),
        hidden("single character", ["x"], true),
        hidden("mixed case and digits", ["A1b2B1a"], true),
        hidden("one letter off", ["abca"], false),
        hidden("long text", [`${"a".repeat(3000)}b${"a".repeat(3000)}`], true),
      ],
    }),
  },
  {
    id: "code-two-sum",
    kind: "CODE",
    difficulty: "EASY",
    seniority: { min: "INTERN", max: "MID" },
    text: "Write twoSum(nums, target): given a list of integers and a target, return the indices [i, j] (with i < j) of the two numbers that add up to the target. Exactly one such pair exists. Example: twoSum([4, 9, 1, 6], 7) returns [2, 3], because 1 + 6 = 7.",
    referenceAnswer:
      "Walk the list once with a hash map from each value seen so far to its index; for each number, look up target minus the number, and if it is in the map, that index and the current one are the answer. Each lookup and insert is O(1) on average, so the whole thing is O(n) time and O(n) space, against O(n²) for checking every pair. Checking before inserting handles duplicates such as [3, 3] with target 6 and never pairs a number with itself.",
    keyPoints: [
      "hash map from value to index",
      "look up target minus the current number",
      "single pass, O(n) time and O(n) space",
      "check before inserting so a number never pairs with itself",
      "duplicates like [3, 3]",
    ],
    tags: ["algorithms", "arrays", "hash-map"],
    code: codeSpec({
      entry: "twoSum",
      params: ["nums", "target"],
      placeholder: [],
      javascript: `
function twoSum(nums, target) {
  // Map each value seen so far to its index; each number looks up the partner it needs.
  const seen = new Map();
  for (let j = 0; j < nums.length; j++) {
    const i = seen.get(target - nums[j]);
    if (i !== undefined) return [i, j];
    seen.set(nums[j], j);
  }
  return [];
}`,
      python: `
def two_sum(nums, target):
    # Map each value seen so far to its index; each number looks up the partner it needs.
    seen = {}
    for j, num in enumerate(nums):
        if target - num in seen:
            return [seen[target - num], j]
        seen[num] = j
    return []`,
      tests: [
        visible("pair at the end", [[4, 9, 1, 6], 7], [2, 3]),
        visible("pair at both ends", [[5, 2, 8, 3], 8], [0, 3]),
        visible("negative numbers", [[-3, 4, 10, -1], 1], [0, 1]),
        hidden("duplicate values", [[3, 3], 6], [0, 1]),
        hidden("zero target", [[0, 5, -5, 7], 0], [1, 2]),
        hidden("two elements", [[1, 2], 3], [0, 1]),
        hidden("a thousand and one numbers", [evens, 1999], [999, 1000]),
      ],
    }),
  },
  {
    id: "code-first-unique-char",
    kind: "CODE",
    difficulty: "EASY",
    seniority: { min: "INTERN", max: "JUNIOR" },
    text: 'Write firstUniqueChar(s): return the index of the first character that appears exactly once in the string, or -1 if every character repeats. Upper and lower case are different characters, and spaces count like any other character. Example: firstUniqueChar("level up") returns 2 (the "v").',
    referenceAnswer:
      "Count every character in one pass with a hash map, then scan the string again and return the first index whose count is one, or -1 if none is. Both passes are O(n), so the total is O(n) time, and the map holds at most one entry per distinct character. Scanning the string, not the map, is what keeps the answer the first unique character, and upper and lower case count as different characters.",
    keyPoints: [
      "count characters in a hash map",
      "second pass finds the first count of one",
      "O(n) time",
      "return -1 when every character repeats",
      "upper and lower case are different characters",
    ],
    tags: ["algorithms", "strings", "hash-map"],
    code: codeSpec({
      entry: "firstUniqueChar",
      params: ["s"],
      placeholder: -2,
      javascript: `
function firstUniqueChar(s) {
  // First pass counts, second pass finds the earliest character counted once.
  const counts = new Map();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  for (let i = 0; i < s.length; i++) {
    if (counts.get(s[i]) === 1) return i;
  }
  return -1;
}`,
      python: `
from collections import Counter


def first_unique_char(s):
    # First pass counts, second pass finds the earliest character counted once.
    counts = Counter(s)
    for i, ch in enumerate(s):
        if counts[ch] == 1:
            return i
    return -1`,
      tests: [
        visible("unique in the middle", ["level up"], 2),
        visible("none unique", ["abab"], -1),
        visible("first character", ["xyy"], 0),
        hidden("empty string", [""], -1),
        hidden("single character", ["z"], 0),
        hidden("case matters", ["aA"], 0),
        hidden("last character", ["aabbccd"], 6),
        hidden("long string", [`${"ab".repeat(500)}c`], 1000),
      ],
    }),
  },
  {
    id: "code-balanced-brackets",
    kind: "CODE",
    difficulty: "EASY",
    seniority: { min: "INTERN", max: "MID" },
    text: 'Write isBalanced(s): return true when every bracket in the string — (), [] and {} — is closed by the matching kind in the right order, and false otherwise. Characters that are not brackets are ignored. Example: isBalanced("f(a[1]) { return; }") returns true, isBalanced("([)]") returns false.',
    referenceAnswer:
      "Scan left to right with a stack: push every opening bracket, and on a closing bracket pop the top and check that it is the matching opener, failing if the stack is empty or the kinds differ. At the end the string is balanced only if the stack is empty, which catches unclosed openers. This is O(n) time and O(n) space in the worst case, when everything is an opener.",
    keyPoints: [
      "push opening brackets on a stack",
      "a closing bracket must match the top of the stack",
      "a closer with an empty stack fails",
      "balanced only if the stack ends empty",
      "O(n) time and space",
    ],
    tags: ["algorithms", "strings", "stacks"],
    code: codeSpec({
      entry: "isBalanced",
      params: ["s"],
      placeholder: null,
      javascript: `
function isBalanced(s) {
  const openerOf = { ")": "(", "]": "[", "}": "{" };
  const stack = [];
  for (const ch of s) {
    if (ch === "(" || ch === "[" || ch === "{") stack.push(ch);
    // A closer must match the most recent unclosed opener.
    else if (ch in openerOf && stack.pop() !== openerOf[ch]) return false;
  }
  return stack.length === 0;
}`,
      python: `
def is_balanced(s):
    opener_of = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in opener_of:
            # A closer must match the most recent unclosed opener.
            if not stack or stack.pop() != opener_of[ch]:
                return False
    return not stack`,
      tests: [
        visible("nested kinds", ["{[()()]}"], true),
        visible("wrong order", ["([)]"], false),
        visible("with other text", ["f(a[1]) { return; }"], true),
        hidden("empty string", [""], true),
        hidden("only openers", ["((("], false),
        hidden("closer first", [")("], false),
        hidden("no brackets", ["abc"], true),
        hidden("deep nesting", [`${"(".repeat(2000)}${")".repeat(2000)}`], true),
        hidden("one opener left deep inside", [`${"[".repeat(1000)}${"]".repeat(999)}`], false),
      ],
    }),
  },
  {
    id: "code-move-zeros",
    kind: "CODE",
    difficulty: "EASY",
    seniority: { min: "INTERN", max: "JUNIOR" },
    text: "Write moveZeros(nums): return a list with the same numbers where every zero has been moved to the end and the other numbers keep their original order. Example: moveZeros([4, 0, 5, 0, 0, 6]) returns [4, 5, 6, 0, 0, 0].",
    referenceAnswer:
      "Use a write pointer: walk the list and copy each non-zero number to the write position, advancing it, then fill the remaining positions with zeros. The relative order of non-zero numbers is kept because they are copied in the order they are met. It is one pass, O(n) time, and O(1) extra space when done in place (or O(n) for a new list).",
    keyPoints: [
      "write pointer for the next non-zero number",
      "copy non-zero numbers in their original order",
      "fill the rest with zeros",
      "one pass, O(n) time",
      "O(1) extra space in place",
    ],
    tags: ["algorithms", "arrays", "two-pointers"],
    code: codeSpec({
      entry: "moveZeros",
      params: ["nums"],
      placeholder: [],
      javascript: `
function moveZeros(nums) {
  const result = [...nums];
  // Copy each non-zero number to the write position, then zero-fill the rest.
  let write = 0;
  for (const num of nums) {
    if (num !== 0) result[write++] = num;
  }
  result.fill(0, write);
  return result;
}`,
      python: `
def move_zeros(nums):
    result = list(nums)
    # Copy each non-zero number to the write position, then zero-fill the rest.
    write = 0
    for num in nums:
        if num != 0:
            result[write] = num
            write += 1
    for i in range(write, len(result)):
        result[i] = 0
    return result`,
      tests: [
        visible("zeros in between", [[4, 0, 5, 0, 0, 6]], [4, 5, 6, 0, 0, 0]),
        visible("no zeros", [[1, 2, 3]], [1, 2, 3]),
        visible("all zeros", [[0, 0]], [0, 0]),
        hidden("empty list", [[]], []),
        hidden("negative numbers", [[-1, 0, -2]], [-1, -2, 0]),
        hidden("zero already last", [[7, 0]], [7, 0]),
        hidden("single zero first", [[0, 9]], [9, 0]),
        hidden("two thousand numbers", [withZeros], [...withZeros.filter((n) => n !== 0), ...withZeros.filter((n) => n === 0)]),
      ],
    }),
  },
  {
    id: "code-anagrams",
    kind: "CODE",
    difficulty: "EASY",
    seniority: { min: "INTERN", max: "JUNIOR" },
    text: 'Write areAnagrams(a, b): return true when the two strings use exactly the same letters the same number of times, ignoring letter case and spaces, and false otherwise. Example: areAnagrams("Dormitory", "Dirty room") returns true, areAnagrams("apple", "paper") returns false.',
    referenceAnswer:
      "Normalise both strings by lower-casing them and removing spaces, then count the characters of one in a hash map and subtract the counts of the other, failing on any count that goes negative or a length mismatch. Counting is O(n) time and O(k) space for k distinct characters; sorting both strings and comparing them also works in O(n log n). Repeated letters must match in number, not just appear in both.",
    keyPoints: [
      "lower-case and remove spaces first",
      "count characters in a hash map",
      "lengths must match",
      "O(n) time, or O(n log n) by sorting",
      "repeated letters must match in number",
    ],
    tags: ["algorithms", "strings", "hash-map"],
    code: codeSpec({
      entry: "areAnagrams",
      params: ["a", "b"],
      placeholder: null,
      javascript: `
function areAnagrams(a, b) {
  const normalise = (s) => s.toLowerCase().split(" ").join("");
  const x = normalise(a);
  const y = normalise(b);
  if (x.length !== y.length) return false;
  // Count the letters of one string, then use them up with the other.
  const counts = new Map();
  for (const ch of x) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  for (const ch of y) {
    const left = (counts.get(ch) ?? 0) - 1;
    if (left < 0) return false;
    counts.set(ch, left);
  }
  return true;
}`,
      python: `
from collections import Counter


def are_anagrams(a, b):
    def normalise(s):
        return s.lower().replace(" ", "")

    # Equal letter counts, repeats included, is exactly "same letters, any order".
    return Counter(normalise(a)) == Counter(normalise(b))`,
      tests: [
        visible("simple pair", ["listen", "silent"], true),
        visible("spaces and case ignored", ["Dormitory", "Dirty room"], true),
        visible("different letters", ["apple", "paper"], false),
        hidden("both empty", ["", ""], true),
        hidden("different lengths", ["abc", "abcc"], false),
        hidden("same word", ["abc", "abc"], true),
        hidden("repeated letters must match", ["aab", "abb"], false),
        hidden("long strings", ["ab".repeat(1500), "ba".repeat(1500)], true),
      ],
    }),
  },
  {
    id: "code-max-profit",
    kind: "CODE",
    difficulty: "EASY",
    seniority: { min: "INTERN", max: "MID" },
    text: "Write maxProfit(prices): prices[i] is a stock's price on day i. Return the largest profit you could make by buying on one day and selling on a later day, or 0 if no trade makes money. Example: maxProfit([8, 3, 6, 1, 7]) returns 6 (buy at 1, sell at 7).",
    referenceAnswer:
      "Walk the prices once, keeping the lowest price seen so far; on each day, the best sale ending today is today's price minus that minimum, and the answer is the largest of those. Because the minimum only looks backwards, a sale is always after its purchase. This is O(n) time and O(1) space, against O(n²) for trying every pair, and an empty, single-day or falling list gives 0.",
    keyPoints: [
      "track the lowest price seen so far",
      "profit today is price minus that minimum",
      "keep the best profit",
      "O(n) time and O(1) space",
      "falling or short lists give 0",
    ],
    tags: ["algorithms", "arrays"],
    code: codeSpec({
      entry: "maxProfit",
      params: ["prices"],
      placeholder: -1,
      javascript: `
function maxProfit(prices) {
  let lowest = Infinity;
  let best = 0;
  for (const price of prices) {
    // The best sale today buys at the lowest price before it.
    lowest = Math.min(lowest, price);
    best = Math.max(best, price - lowest);
  }
  return best;
}`,
      python: `
def max_profit(prices):
    lowest = float("inf")
    best = 0
    for price in prices:
        # The best sale today buys at the lowest price before it.
        lowest = min(lowest, price)
        best = max(best, price - lowest)
    return best`,
      tests: [
        visible("rise after a dip", [[8, 3, 6, 1, 7]], 6),
        visible("only falling", [[9, 7, 4, 1]], 0),
        visible("single rise", [[2, 5]], 3),
        hidden("empty list", [[]], 0),
        hidden("one price", [[4]], 0),
        hidden("flat prices", [[3, 3, 3]], 0),
        hidden("best pair not at the extremes", [[5, 10, 1, 4]], 5),
        hidden("a thousand days", [range(1000).map((i) => (i * 37) % 1000)], 999),
      ],
    }),
  },
  {
    id: "code-group-by-key",
    kind: "CODE",
    difficulty: "EASY",
    seniority: { min: "INTERN", max: "MID" },
    text: 'Write groupBy(records, key): records is a list of objects and key a field name. Return an object that maps each value of that field, written as a string, to the list of records having it, in their original order. Records without the field are left out. Field values are strings or integers. Example: groupBy([{"name": "Ana", "team": "web"}, {"name": "Bo", "team": "api"}, {"name": "Cy", "team": "web"}], "team") returns {"web": [the Ana and Cy records], "api": [the Bo record]}.',
    referenceAnswer:
      "Walk the records once with a hash map from the field's value, as a string, to a list, creating the list the first time a value is seen and appending each record to it. Skipping records without the field avoids a bogus undefined or None group. Appending in input order keeps each group in the original order, and the whole thing is O(n) time and O(n) space.",
    keyPoints: [
      "hash map from field value to a list of records",
      "convert the value to a string key",
      "skip records without the field",
      "append keeps the original order",
      "O(n) time",
    ],
    tags: ["algorithms", "hash-map", "data", "sql-like"],
    code: codeSpec({
      entry: "groupBy",
      params: ["records", "key"],
      placeholder: null,
      javascript: `
function groupBy(records, key) {
  const groups = {};
  for (const record of records) {
    if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
    const group = String(record[key]);
    if (!groups[group]) groups[group] = [];
    groups[group].push(record);
  }
  return groups;
}`,
      python: `
def group_by(records, key):
    groups = {}
    for record in records:
        if key not in record:
            continue
        groups.setdefault(str(record[key]), []).append(record)
    return groups`,
      tests: [
        visible(
          "by team",
          [
            [
              { name: "Ana", team: "web" },
              { name: "Bo", team: "api" },
              { name: "Cy", team: "web" },
            ],
            "team",
          ],
          {
            web: [
              { name: "Ana", team: "web" },
              { name: "Cy", team: "web" },
            ],
            api: [{ name: "Bo", team: "api" }],
          },
        ),
        visible(
          "numbers become strings",
          [
            [
              { id: 1, year: 2023 },
              { id: 2, year: 2024 },
              { id: 3, year: 2023 },
            ],
            "year",
          ],
          {
            "2023": [
              { id: 1, year: 2023 },
              { id: 3, year: 2023 },
            ],
            "2024": [{ id: 2, year: 2024 }],
          },
        ),
        visible("records without the field left out", [[{ a: 1 }, { b: 2 }], "a"], { "1": [{ a: 1 }] }),
        hidden("empty list", [[], "team"], {}),
        hidden("no record has the field", [[{ a: 1 }], "z"], {}),
        hidden("one group", [[{ k: "x" }, { k: "x" }], "k"], { x: [{ k: "x" }, { k: "x" }] }),
        hidden("a thousand records", [records, "bucket"], recordsByBucket),
      ],
    }),
  },
  {
    id: "code-paginate",
    kind: "CODE",
    difficulty: "EASY",
    seniority: { min: "INTERN", max: "MID" },
    text: 'Write paginate(items, page, pageSize): pages count from 1 and pageSize is at least 1. Return an object {"items": the items on that page, "page": page, "totalPages": how many pages the list fills, "hasNext": whether a later page exists}. An empty list has 0 pages; a page past the last one has no items. Example: paginate([1, 2, 3, 4, 5, 6, 7], 3, 3) returns {"items": [7], "page": 3, "totalPages": 3, "hasNext": false}.',
    referenceAnswer:
      "The page starts at index (page - 1) × pageSize and the items are a slice of pageSize from there, which is naturally empty past the end. The total is the ceiling of the list's length divided by pageSize, and there is a next page while page is less than that total. Slicing costs O(pageSize) time and space; the edge cases are the empty list, a last page that is only partly full, and a page past the end.",
    keyPoints: [
      "start index is (page - 1) × pageSize",
      "slice pageSize items from the start",
      "total pages is the ceiling of length over page size",
      "hasNext while page is less than the total",
      "empty list and a page past the end",
    ],
    tags: ["algorithms", "arrays", "backend", "sql-like"],
    code: codeSpec({
      entry: "paginate",
      params: ["items", "page", "pageSize"],
      placeholder: null,
      javascript: `
function paginate(items, page, pageSize) {
  const totalPages = Math.ceil(items.length / pageSize);
  const start = (page - 1) * pageSize;
  // slice is simply empty past the end of the list.
  return { items: items.slice(start, start + pageSize), page, totalPages, hasNext: page < totalPages };
}`,
      python: `
def paginate(items, page, page_size):
    total_pages = -(-len(items) // page_size)  # ceiling division
    start = (page - 1) * page_size
    # Slicing is simply empty past the end of the list.
    return {
        "items": items[start:start + page_size],
        "page": page,
        "totalPages": total_pages,
        "hasNext": page < total_pages,
    }`,
      tests: [
        visible("first page", [[1, 2, 3, 4, 5, 6, 7], 1, 3], { items: [1, 2, 3], page: 1, totalPages: 3, hasNext: true }),
        visible("last page partly full", [[1, 2, 3, 4, 5, 6, 7], 3, 3], { items: [7], page: 3, totalPages: 3, hasNext: false }),
        visible("strings", [["a", "b", "c", "d"], 2, 2], { items: ["c", "d"], page: 2, totalPages: 2, hasNext: false }),
        hidden("empty list", [[], 1, 5], { items: [], page: 1, totalPages: 0, hasNext: false }),
        hidden("page past the end", [[1, 2, 3], 5, 2], { items: [], page: 5, totalPages: 2, hasNext: false }),
        hidden("page size larger than the list", [[1, 2], 1, 10], { items: [1, 2], page: 1, totalPages: 1, hasNext: false }),
        hidden("a thousand items", [range(1000), 50, 7], { items: range(7).map((i) => 343 + i), page: 50, totalPages: 143, hasNext: true }),
      ],
    }),
  },
  {
    id: "code-compare-versions",
    kind: "CODE",
    difficulty: "EASY",
    seniority: { min: "JUNIOR", max: "MID" },
    text: 'Write compareVersions(a, b): each version is made of non-negative integers separated by dots, such as "1.10.2". Return -1 if a is older than b, 1 if it is newer and 0 if they are the same version. Compare part by part as numbers (so 1.10 is newer than 1.9); a missing part counts as 0, so "2.0" and "2.0.0" are equal. Example: compareVersions("1.2.0", "1.10.0") returns -1.',
    referenceAnswer:
      "Split both versions on dots and convert each part to an integer, then walk both lists up to the longer length, treating a missing part as 0, and return at the first part that differs. Comparing as numbers, not strings, is what makes 1.10 newer than 1.9 and 01 equal to 1. This is O(n) time in the length of the strings and O(n) space for the parts.",
    keyPoints: [
      "split on dots and compare parts as integers",
      "a missing part counts as 0",
      "return at the first differing part",
      "string comparison gets 1.10 vs 1.9 wrong",
      "O(n) time",
    ],
    tags: ["algorithms", "strings", "backend"],
    code: codeSpec({
      entry: "compareVersions",
      params: ["a", "b"],
      placeholder: null,
      javascript: `
function compareVersions(a, b) {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    // A missing part counts as 0, so 2.0 equals 2.0.0.
    const diff = (x[i] ?? 0) - (y[i] ?? 0);
    if (diff !== 0) return diff < 0 ? -1 : 1;
  }
  return 0;
}`,
      python: `
from itertools import zip_longest


def compare_versions(a, b):
    x = [int(part) for part in a.split(".")]
    y = [int(part) for part in b.split(".")]
    # A missing part counts as 0, so 2.0 equals 2.0.0.
    for p, q in zip_longest(x, y, fillvalue=0):
        if p != q:
            return -1 if p < q else 1
    return 0`,
      tests: [
        visible("minor compared as a number", ["1.2.0", "1.10.0"], -1),
        visible("missing part is zero", ["2.0", "2.0.0"], 0),
        visible("major decides", ["3.0.0", "2.9.9"], 1),
        hidden("leading zeros", ["1.01", "1.1"], 0),
        hidden("longer version is newer", ["1.0.0.1", "1.0"], 1),
        hidden("single numbers", ["7", "10"], -1),
        hidden("identical", ["0.0.1", "0.0.1"], 0),
      ],
    }),
  },
];
