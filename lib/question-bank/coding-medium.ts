// Medium coding questions: a known technique (sorting first, binary search, a sliding window,
// a flood fill, a table of sub-answers) or a small practical component. Written for this project.
import { type CodingBankQuestion, codeSpec, hidden, visible } from "./coding-spec";

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

const spacedIntervals = range(1000).map((i) => [i * 2, i * 2 + 1]);
const stripes = range(30).map((r) => range(30).map(() => (r % 2 === 0 ? 1 : 0)));
const checkerboard = range(20).map((r) => range(20).map((c) => ((r + c) % 2 === 0 ? 1 : 0)));
const evenWords = range(3000).map((i) => `w${i % 50}`);
const csvFields = range(2000).map((i) => `f${i}`);
const lruOps = [...range(2000).map((i) => ["put", i, i * 2]), ["get", 1900], ["get", 1899], ["get", 1999]];
const manyLogs = range(10).map((log) => range(200).map((j) => [j * 10 + log, `log${log}-${j}`]));
const mergedLogs = manyLogs.flat().sort((a, b) => (a[0] as number) - (b[0] as number));

export const mediumCodingQuestions: CodingBankQuestion[] = [
  {
    id: "code-merge-intervals",
    kind: "CODE",
    difficulty: "MEDIUM",
    seniority: { min: "JUNIOR", max: "SENIOR" },
    text: "Write mergeIntervals(intervals): each interval is [start, end] with start <= end, in any order. Merge every group of overlapping intervals into one and return the result sorted by start. Intervals that only touch, such as [1, 2] and [2, 3], count as overlapping. Example: mergeIntervals([[7, 8], [1, 3], [2, 4]]) returns [[1, 4], [7, 8]].",
    referenceAnswer:
      "Sort the intervals by start, then walk them keeping a list of merged intervals: if the next one starts at or before the end of the last merged interval, extend that end to the larger of the two, otherwise start a new merged interval. After sorting, any interval that overlaps an earlier group must overlap its last merged interval, so one pass is enough. Sorting makes it O(n log n) time, and the output is O(n) space.",
    keyPoints: [
      "sort the intervals by start",
      "extend the last merged interval when the next one starts before its end",
      "take the larger end, for intervals contained in another",
      "touching intervals merge",
      "O(n log n) time because of the sort",
    ],
    tags: ["algorithms", "arrays", "intervals", "sorting"],
    code: codeSpec({
      entry: "mergeIntervals",
      params: ["intervals"],
      placeholder: [],
      javascript: `
function mergeIntervals(intervals) {
  // Sorted by start, an overlapping interval always overlaps the last merged one.
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}`,
      python: `
def merge_intervals(intervals):
    # Sorted by start, an overlapping interval always overlaps the last merged one.
    merged = []
    for start, end in sorted(intervals, key=lambda interval: interval[0]):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged`,
      tests: [
        visible(
          "overlapping pair",
          [
            [
              [1, 4],
              [2, 6],
              [8, 9],
            ],
          ],
          [
            [1, 6],
            [8, 9],
          ],
        ),
        visible(
          "touching intervals",
          [
            [
              [1, 2],
              [2, 3],
            ],
          ],
          [[1, 3]],
        ),
        visible(
          "unsorted input",
          [
            [
              [7, 8],
              [1, 3],
              [2, 4],
            ],
          ],
          [
            [1, 4],
            [7, 8],
          ],
        ),
        hidden("empty list", [[]], []),
        hidden("one point interval", [[[5, 5]]], [[5, 5]]),
        hidden(
          "intervals inside another",
          [
            [
              [1, 10],
              [2, 3],
              [4, 5],
            ],
          ],
          [[1, 10]],
        ),
        hidden(
          "negative numbers",
          [
            [
              [-5, -1],
              [-2, 0],
              [3, 4],
            ],
          ],
          [
            [-5, 0],
            [3, 4],
          ],
        ),
        hidden("a thousand separate intervals, reversed", [[...spacedIntervals].reverse()], spacedIntervals),
      ],
    }),
  },
  {
    id: "code-search-range",
    kind: "CODE",
    difficulty: "MEDIUM",
    seniority: { min: "JUNIOR", max: "SENIOR" },
    text: "Write searchRange(nums, target): nums is a list of integers sorted in ascending order, possibly with repeats. Return [first, last], the first and last index where target appears, or [-1, -1] if it does not appear. Aim for a logarithmic number of steps. Example: searchRange([1, 2, 2, 2, 5, 9], 2) returns [1, 3].",
    referenceAnswer:
      "Use binary search twice: once for the first index whose value is at least the target (the lower bound), and once for the first index whose value is greater than the target, one past the last occurrence. If the lower bound is past the end or does not hold the target, it is absent. Each search halves the range, so it is O(log n) time and O(1) space, even when the whole list is the target, where a scan outwards from one match would be O(n).",
    keyPoints: [
      "binary search for the lower bound",
      "second binary search for one past the last occurrence",
      "absent when the lower bound does not hold the target",
      "O(log n) time and O(1) space",
      "a list made only of the target",
    ],
    tags: ["algorithms", "arrays", "binary-search"],
    code: codeSpec({
      entry: "searchRange",
      params: ["nums", "target"],
      placeholder: [],
      javascript: `
function searchRange(nums, target) {
  // The first index whose value is at least x (nums.length if none).
  const lowerBound = (x) => {
    let lo = 0;
    let hi = nums.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nums[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const first = lowerBound(target);
  if (first === nums.length || nums[first] !== target) return [-1, -1];
  // Integers: the first value above target starts at lowerBound(target + 1).
  return [first, lowerBound(target + 1) - 1];
}`,
      python: `
from bisect import bisect_left, bisect_right


def search_range(nums, target):
    first = bisect_left(nums, target)
    if first == len(nums) or nums[first] != target:
        return [-1, -1]
    # bisect_right finds the position just past the last occurrence.
    return [first, bisect_right(nums, target) - 1]`,
      tests: [
        visible("run of repeats", [[1, 2, 2, 2, 5, 9], 2], [1, 3]),
        visible("missing target", [[1, 3, 5], 4], [-1, -1]),
        visible("single match at the end", [[1, 3, 5], 5], [2, 2]),
        hidden("empty list", [[], 1], [-1, -1]),
        hidden("every value is the target", [[7, 7, 7, 7], 7], [0, 3]),
        hidden("negative numbers", [[-9, -4, -4, 0, 3], -4], [1, 2]),
        hidden("smaller than everything", [[2, 4], 1], [-1, -1]),
        hidden("five thousand numbers", [range(5000).map((i) => Math.floor(i / 10)), 321], [3210, 3219]),
      ],
    }),
  },
  {
    id: "code-count-islands",
    kind: "CODE",
    difficulty: "MEDIUM",
    seniority: { min: "JUNIOR", max: "SENIOR" },
    text: "Write countIslands(grid): grid is a list of rows of 0 (water) and 1 (land). An island is a group of land cells connected up, down, left or right (not diagonally). Return how many islands there are. Example: countIslands([[1, 1, 0], [0, 0, 0], [0, 1, 1]]) returns 2.",
    referenceAnswer:
      "Scan every cell; each land cell not yet visited starts a new island, which you count and then flood with a breadth-first or depth-first search over its four neighbours, marking every land cell reached as visited. An explicit stack or queue avoids running out of recursion depth on large islands. Every cell is visited a constant number of times, so it is O(rows × columns) time and space.",
    keyPoints: [
      "each unvisited land cell starts a new island",
      "flood fill with BFS or DFS over four neighbours",
      "mark cells visited so each is counted once",
      "explicit stack or queue avoids deep recursion",
      "O(rows × columns) time",
    ],
    tags: ["algorithms", "graphs", "bfs", "arrays"],
    code: codeSpec({
      entry: "countIslands",
      params: ["grid"],
      placeholder: -1,
      javascript: `
function countIslands(grid) {
  const rows = grid.length;
  const cols = rows > 0 ? grid[0].length : 0;
  const seen = grid.map((row) => row.map(() => false));
  const steps = [[1, 0], [-1, 0], [0, 1], [0, -1]];
  let islands = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] !== 1 || seen[r][c]) continue;
      islands++;
      // Flood the island with an explicit stack: no recursion depth to run out of.
      const stack = [[r, c]];
      seen[r][c] = true;
      while (stack.length > 0) {
        const [y, x] = stack.pop();
        for (const [dy, dx] of steps) {
          const ny = y + dy;
          const nx = x + dx;
          if (ny >= 0 && ny < rows && nx >= 0 && nx < cols && grid[ny][nx] === 1 && !seen[ny][nx]) {
            seen[ny][nx] = true;
            stack.push([ny, nx]);
          }
        }
      }
    }
  }
  return islands;
}`,
      python: `
def count_islands(grid):
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    seen = set()
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1 or (r, c) in seen:
                continue
            islands += 1
            # Flood the island with an explicit stack: no recursion depth to run out of.
            stack = [(r, c)]
            seen.add((r, c))
            while stack:
                y, x = stack.pop()
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == 1 and (ny, nx) not in seen:
                        seen.add((ny, nx))
                        stack.append((ny, nx))
    return islands`,
      tests: [
        visible(
          "two islands",
          [
            [
              [1, 1, 0],
              [0, 0, 0],
              [0, 1, 1],
            ],
          ],
          2,
        ),
        visible(
          "diagonals do not connect",
          [
            [
              [1, 0],
              [0, 1],
            ],
          ],
          2,
        ),
        visible(
          "one big island",
          [
            [
              [1, 1],
              [1, 1],
            ],
          ],
          1,
        ),
        hidden("empty grid", [[]], 0),
        hidden(
          "only water",
          [
            [
              [0, 0],
              [0, 0],
            ],
          ],
          0,
        ),
        hidden("single land cell", [[[1]]], 1),
        hidden(
          "ring around a lake",
          [
            [
              [1, 1, 1],
              [1, 0, 1],
              [1, 1, 1],
            ],
          ],
          1,
        ),
        hidden("checkerboard", [checkerboard], 200),
        hidden("stripes", [stripes], 15),
      ],
    }),
  },
  {
    id: "code-top-k-words",
    kind: "CODE",
    difficulty: "MEDIUM",
    seniority: { min: "JUNIOR", max: "SENIOR" },
    text: 'Write topFrequentWords(words, k): return the k most frequent words, most frequent first; words with the same count come in alphabetical order. All words are lower-case and k is at most the number of distinct words. Example: topFrequentWords(["go", "js", "go", "py", "go", "js"], 2) returns ["go", "js"].',
    referenceAnswer:
      "Count the words with a hash map, then order the distinct words by count descending and, for equal counts, alphabetically, and take the first k. Counting is O(n); sorting the m distinct words is O(m log m), or a heap of size k brings the selection to O(m log k) when k is small. The tie-break must be part of the ordering itself, or equal counts come out in an arbitrary order.",
    keyPoints: [
      "count words in a hash map",
      "order by count descending, then alphabetically",
      "take the first k",
      "a heap of size k gives O(m log k)",
      "ties must be broken deterministically",
    ],
    tags: ["algorithms", "hash-map", "heaps", "strings"],
    code: codeSpec({
      entry: "topFrequentWords",
      params: ["words", "k"],
      placeholder: [],
      javascript: `
function topFrequentWords(words, k) {
  const counts = new Map();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  // Most frequent first; equal counts alphabetically.
  return [...counts.keys()]
    .sort((a, b) => counts.get(b) - counts.get(a) || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, k);
}`,
      python: `
from collections import Counter


def top_frequent_words(words, k):
    counts = Counter(words)
    # Most frequent first; equal counts alphabetically.
    return sorted(counts, key=lambda word: (-counts[word], word))[:k]`,
      tests: [
        visible("clear winner", [["go", "js", "go", "py", "go", "js"], 2], ["go", "js"]),
        visible("tie broken alphabetically", [["b", "a", "c", "b", "a"], 2], ["a", "b"]),
        visible("k of one", [["x", "y", "y"], 1], ["y"]),
        hidden("empty list, k of zero", [[], 0], []),
        hidden("all distinct", [["d", "c", "b", "a"], 3], ["a", "b", "c"]),
        hidden("k equals the distinct count", [["a", "b", "a"], 2], ["a", "b"]),
        hidden("fifty words tied", [evenWords, 5], ["w0", "w1", "w10", "w11", "w12"]),
      ],
    }),
  },
  {
    id: "code-coin-change",
    kind: "CODE",
    difficulty: "MEDIUM",
    seniority: { min: "JUNIOR", max: "SENIOR" },
    text: "Write minCoins(coins, amount): with as many coins of each value in coins as you like (all positive integers), return the fewest coins that add up exactly to amount, or -1 if it cannot be done. An amount of 0 needs 0 coins. Example: minCoins([1, 3, 4], 6) returns 2 (3 + 3), where always taking the biggest coin would use 3.",
    referenceAnswer:
      "Use dynamic programming: best[a] is the fewest coins that make a, with best[0] = 0, and each best[a] is one more than the smallest best[a - coin] over the coins that fit. Filling the table from 0 up to the amount gives O(amount × number of coins) time and O(amount) space. Greedily taking the biggest coin fails for sets like [1, 3, 4], and an amount no combination reaches stays infinite and becomes -1.",
    keyPoints: [
      "dynamic programming table of fewest coins per amount",
      "best[a] is one more than the best of best[a - coin]",
      "greedy fails for coins like 1, 3, 4",
      "O(amount × coins) time, O(amount) space",
      "unreachable amounts give -1",
    ],
    tags: ["algorithms", "dynamic-programming"],
    code: codeSpec({
      entry: "minCoins",
      params: ["coins", "amount"],
      placeholder: null,
      javascript: `
function minCoins(coins, amount) {
  // best[a] = the fewest coins summing to a, built up from 0.
  const best = new Array(amount + 1).fill(Infinity);
  best[0] = 0;
  for (let a = 1; a <= amount; a++) {
    for (const coin of coins) {
      if (coin <= a && best[a - coin] + 1 < best[a]) best[a] = best[a - coin] + 1;
    }
  }
  return best[amount] === Infinity ? -1 : best[amount];
}`,
      python: `
def min_coins(coins, amount):
    # best[a] = the fewest coins summing to a, built up from 0.
    unreachable = amount + 1  # more coins than any real answer needs
    best = [0] + [unreachable] * amount
    for a in range(1, amount + 1):
        for coin in coins:
            if coin <= a and best[a - coin] + 1 < best[a]:
                best[a] = best[a - coin] + 1
    return -1 if best[amount] == unreachable else best[amount]`,
      tests: [
        visible("greedy works", [[1, 5, 10], 27], 5),
        visible("greedy fails", [[1, 3, 4], 6], 2),
        visible("impossible", [[4, 6], 7], -1),
        hidden("zero amount", [[1, 2], 0], 0),
        hidden("no coins", [[], 3], -1),
        hidden("one coin value", [[7], 21], 3),
        hidden("repeated coin values", [[5, 1, 5], 11], 3),
        hidden("large amount", [[3, 7, 11], 5000], 456),
      ],
    }),
  },
  {
    id: "code-group-anagrams",
    kind: "CODE",
    difficulty: "MEDIUM",
    seniority: { min: "JUNIOR", max: "SENIOR" },
    text: 'Write groupAnagrams(words): group the words that are anagrams of each other (same letters, same counts). Return the groups with the words of each group in alphabetical order and the groups ordered by their first word. A word that appears twice appears twice in its group. Example: groupAnagrams(["stop", "pots", "race", "care", "tops", "dog"]) returns [["care", "race"], ["dog"], ["pots", "stop", "tops"]].',
    referenceAnswer:
      "Give every word a key that is the same for all its anagrams, such as its letters sorted, and collect the words in a hash map from key to list. Then sort each group and sort the groups by their first word. Building the keys takes O(n × L log L) time for n words of length L (a letter-count key makes it O(n × L)), and the map holds every word once, O(n × L) space.",
    keyPoints: [
      "the sorted letters are the same for all anagrams",
      "hash map from that key to a list of words",
      "sort each group, then the groups",
      "O(n × L log L) time",
      "duplicate words stay in the group",
    ],
    tags: ["algorithms", "strings", "hash-map"],
    code: codeSpec({
      entry: "groupAnagrams",
      params: ["words"],
      placeholder: [],
      javascript: `
function groupAnagrams(words) {
  // Anagrams share their letters once sorted: use that as the key.
  const groups = new Map();
  for (const word of words) {
    const key = [...word].sort().join("");
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(word);
  }
  const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  return [...groups.values()].map((group) => group.sort(byText)).sort((a, b) => byText(a[0], b[0]));
}`,
      python: `
def group_anagrams(words):
    # Anagrams share their letters once sorted: use that as the key.
    groups = {}
    for word in words:
        groups.setdefault("".join(sorted(word)), []).append(word)
    return sorted((sorted(group) for group in groups.values()), key=lambda group: group[0])`,
      tests: [
        visible("three groups", [["stop", "pots", "race", "care", "tops", "dog"]], [["care", "race"], ["dog"], ["pots", "stop", "tops"]]),
        visible("no anagrams", [["b", "a"]], [["a"], ["b"]]),
        visible("one word", [["solo"]], [["solo"]]),
        hidden("empty list", [[]], []),
        hidden("duplicates stay", [["ab", "ba", "ab"]], [["ab", "ab", "ba"]]),
        hidden("empty words", [["", "x", ""]], [["", ""], ["x"]]),
        hidden("same letters, different counts", [["a", "aa", "aaa"]], [["a"], ["aa"], ["aaa"]]),
      ],
    }),
  },
  {
    id: "code-flatten-object",
    kind: "CODE",
    difficulty: "MEDIUM",
    seniority: { min: "JUNIOR", max: "SENIOR" },
    text: 'Write flattenObject(obj): turn a nested object into a flat one whose keys are the paths to each value joined with dots. Only objects are opened up: arrays, strings, numbers, booleans and null are values kept as they are, and an empty nested object adds no key. Example: flattenObject({"a": 1, "b": {"c": 2, "d": {"e": 3}}}) returns {"a": 1, "b.c": 2, "b.d.e": 3}.',
    referenceAnswer:
      "Walk the object recursively (or with an explicit stack), carrying the dotted path so far: for each key, if the value is a plain object recurse with path.key, otherwise store the value under that path in the result. Arrays and null must be checked for explicitly, since they also look like objects in JavaScript. Every value is visited once, so it is O(n) time in the number of keys, and the recursion is as deep as the nesting.",
    keyPoints: [
      "recursive walk carrying the dotted path",
      "only plain objects are opened up",
      "arrays and null are values, not objects",
      "an empty nested object adds no key",
      "O(n) time in the number of keys",
    ],
    tags: ["algorithms", "javascript", "frontend", "data"],
    code: codeSpec({
      entry: "flattenObject",
      params: ["obj"],
      placeholder: null,
      javascript: `
function flattenObject(obj) {
  const flat = {};
  const walk = (value, path) => {
    for (const [key, child] of Object.entries(value)) {
      const name = path === "" ? key : path + "." + key;
      // Arrays and null are typeof "object" too, but they are values here.
      if (child !== null && typeof child === "object" && !Array.isArray(child)) walk(child, name);
      else flat[name] = child;
    }
  };
  walk(obj, "");
  return flat;
}`,
      python: `
def flatten_object(obj):
    flat = {}

    def walk(value, path):
        for key, child in value.items():
            name = f"{path}.{key}" if path else key
            if isinstance(child, dict):
                walk(child, name)
            else:
                flat[name] = child

    walk(obj, "")
    return flat`,
      tests: [
        visible("two levels", [{ a: 1, b: { c: 2, d: { e: 3 } } }], { a: 1, "b.c": 2, "b.d.e": 3 }),
        visible("arrays are values", [{ tags: ["x", "y"], meta: { ok: true } }], { tags: ["x", "y"], "meta.ok": true }),
        visible("already flat", [{ x: 1, y: "two" }], { x: 1, y: "two" }),
        hidden("empty object", [{}], {}),
        hidden("null is a value", [{ a: null, b: { c: null } }], { a: null, "b.c": null }),
        hidden("empty nested object adds nothing", [{ a: {}, b: 1 }], { b: 1 }),
        hidden("fifty levels deep", [range(50).reduce<unknown>((inner) => ({ k: inner }), 1)], {
          [range(50)
            .map(() => "k")
            .join(".")]: 1,
        }),
      ],
    }),
  },
  {
    id: "code-deep-equal",
    kind: "CODE",
    difficulty: "MEDIUM",
    seniority: { min: "JUNIOR", max: "SENIOR" },
    text: 'Write deepEqual(a, b) for JSON values (null, booleans, numbers, strings, arrays and objects): return true when they have the same structure and contents. Arrays must match in order; objects must have the same keys with deeply equal values, in any key order. Values of different types are never equal, so true is not 1 and "1" is not 1. Example: deepEqual({"a": 1, "b": [1, 2]}, {"b": [1, 2], "a": 1}) returns true.',
    referenceAnswer:
      'Compare recursively by type: primitives with strict equality, arrays by length and then element by element in order, and objects by their key count and then each key\'s value, failing when a key is missing from the other side. Arrays, objects and null need explicit checks, because they share typeof "object" in JavaScript, and in Python booleans are integers, so their types must be compared first. Every value is compared once, O(n) time, with recursion as deep as the nesting.',
    keyPoints: [
      "recursive comparison by type",
      "arrays compared in order after their length",
      "objects: same key count and each key equal, in any order",
      "different types are never equal (true is not 1)",
      "O(n) time in the size of the values",
    ],
    tags: ["algorithms", "javascript", "frontend"],
    code: codeSpec({
      entry: "deepEqual",
      params: ["a", "b"],
      placeholder: null,
      javascript: `
function deepEqual(a, b) {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => deepEqual(item, b[i]));
  }
  // null is typeof "object" too: only two real objects get here.
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && deepEqual(a[key], b[key]));
  }
  return false;
}`,
      python: `
def deep_equal(a, b):
    # bool is a subclass of int in Python, so compare types first: True is not 1.
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, list) or isinstance(b, list):
        if not (isinstance(a, list) and isinstance(b, list)) or len(a) != len(b):
            return False
        return all(deep_equal(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) or isinstance(b, dict):
        if not (isinstance(a, dict) and isinstance(b, dict)) or a.keys() != b.keys():
            return False
        return all(deep_equal(a[key], b[key]) for key in a)
    return type(a) is type(b) and a == b`,
      tests: [
        visible(
          "same object, other key order",
          [
            { a: 1, b: [1, 2] },
            { b: [1, 2], a: 1 },
          ],
          true,
        ),
        visible(
          "array order matters",
          [
            [1, 2],
            [2, 1],
          ],
          false,
        ),
        visible("nested difference", [{ a: { b: { c: 1 } } }, { a: { b: { c: 2 } } }], false),
        hidden("two nulls", [null, null], true),
        hidden("null is not an empty object", [null, {}], false),
        hidden("number is not a string", [1, "1"], false),
        hidden("true is not 1", [true, 1], false),
        hidden("extra key", [{ a: 1 }, { a: 1, b: 2 }], false),
        hidden("empty array is not an empty object", [[], {}], false),
      ],
    }),
  },
  {
    id: "code-rate-limiter",
    kind: "CODE",
    difficulty: "MEDIUM",
    seniority: { min: "JUNIOR", max: "SENIOR" },
    text: "Write rateLimit(timestamps, limit, windowMs): timestamps are request times in milliseconds, in non-decreasing order. Decide each request in turn: it is allowed when fewer than limit allowed requests happened in the window (t - windowMs, t], that is less than windowMs before it; rejected requests do not count. Return a list of booleans, one per request. Example: rateLimit([0, 500, 1000, 1200], 2, 1000) returns [true, true, true, false].",
    referenceAnswer:
      "Keep a queue of the times of allowed requests: for each new request, drop from the front every time that is windowMs or more older than it, then allow the request if the queue holds fewer than limit times, pushing its time on the back. Each time is pushed and dropped at most once, so it is O(n) time overall, with O(limit) space for the queue. This is a sliding-window log; only allowed requests go in, so a flood of rejected requests does not extend the block.",
    keyPoints: [
      "queue of the times of allowed requests",
      "drop times that fell out of the window from the front",
      "allow when the queue holds fewer than limit times",
      "rejected requests are not counted",
      "O(n) time, each time pushed and dropped once",
    ],
    tags: ["algorithms", "backend", "queues"],
    code: codeSpec({
      entry: "rateLimit",
      params: ["timestamps", "limit", "windowMs"],
      placeholder: [],
      javascript: `
function rateLimit(timestamps, limit, windowMs) {
  const allowed = []; // times of allowed requests, oldest first
  let head = 0; // allowed[head..] are still inside the window
  return timestamps.map((t) => {
    while (head < allowed.length && allowed[head] <= t - windowMs) head++;
    if (allowed.length - head >= limit) return false;
    allowed.push(t);
    return true;
  });
}`,
      python: `
from collections import deque


def rate_limit(timestamps, limit, window_ms):
    allowed = deque()  # times of allowed requests still inside the window, oldest first
    decisions = []
    for t in timestamps:
        while allowed and allowed[0] <= t - window_ms:
            allowed.popleft()
        if len(allowed) < limit:
            allowed.append(t)
            decisions.append(True)
        else:
            decisions.append(False)
    return decisions`,
      tests: [
        visible("under the limit", [[0, 100, 200], 3, 1000], [true, true, true]),
        visible("burst over the limit", [[0, 10, 20, 30], 2, 1000], [true, true, false, false]),
        visible("the window slides", [[0, 500, 1000, 1200], 2, 1000], [true, true, true, false]),
        hidden("no requests", [[], 5, 1000], []),
        hidden("same millisecond", [[5, 5, 5], 2, 100], [true, true, false]),
        hidden("rejected requests do not count", [[0, 1, 2, 1000, 1001], 1, 1000], [true, false, false, true, false]),
        hidden("limit of zero", [[1, 2], 0, 10], [false, false]),
        hidden(
          "a thousand requests",
          [range(1000).map((i) => i * 10), 5, 100],
          range(1000).map((i) => i % 10 < 5),
        ),
      ],
    }),
  },
  {
    id: "code-csv-line",
    kind: "CODE",
    difficulty: "MEDIUM",
    seniority: { min: "JUNIOR", max: "SENIOR" },
    text: 'Write splitCsvLine(line): split one line of CSV into its fields. Fields are separated by commas. A field may be wrapped in double quotes; inside the quotes a comma is ordinary text and two double quotes stand for one. The wrapping quotes are not part of the field, and spaces are kept as they are. An empty line is one empty field. Example: splitCsvLine(\'name,"Smith, Jo",42\') returns ["name", "Smith, Jo", "42"].',
    referenceAnswer:
      "Scan the line once, character by character, with a flag for being inside quotes: outside quotes a comma ends the current field and a quote opens a quoted part; inside quotes a doubled quote adds one quote character and a single quote closes the part. At the end, the last field is added, which is why an empty line or a trailing comma gives an empty field. It is a small state machine, O(n) time and space, where splitting on commas would break quoted fields.",
    keyPoints: [
      "one pass with an inside-quotes flag",
      "a comma ends a field only outside quotes",
      "a doubled quote inside quotes is one quote",
      "add the last field at the end (trailing comma, empty line)",
      "O(n) time, unlike repeated splitting",
    ],
    tags: ["algorithms", "strings", "parsing", "data"],
    code: codeSpec({
      entry: "splitCsvLine",
      params: ["line"],
      placeholder: [],
      javascript: `
function splitCsvLine(line) {
  const fields = [];
  let field = "";
  let quoted = false; // inside a quoted part
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++; // the second quote of the pair is used up
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      fields.push(field);
      field = "";
    } else field += ch;
  }
  fields.push(field);
  return fields;
}`,
      python: `
def split_csv_line(line):
    fields = []
    field = []
    quoted = False  # inside a quoted part
    i = 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"' and line[i + 1:i + 2] == '"':
                field.append('"')
                i += 1  # the second quote of the pair is used up
            elif ch == '"':
                quoted = False
            else:
                field.append(ch)
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append("".join(field))
            field = []
        else:
            field.append(ch)
        i += 1
    fields.append("".join(field))
    return fields`,
      tests: [
        visible("plain fields", ["a,b,c"], ["a", "b", "c"]),
        visible("comma inside quotes", ['name,"Smith, Jo",42'], ["name", "Smith, Jo", "42"]),
        visible("doubled quotes", ['"say ""hi""",x'], ['say "hi"', "x"]),
        hidden("empty line", [""], [""]),
        hidden("only commas", [",,"], ["", "", ""]),
        hidden("spaces kept", [" a , b "], [" a ", " b "]),
        hidden("quoted empty field", ['"",x'], ["", "x"]),
        hidden("trailing comma", ["a,"], ["a", ""]),
        hidden("two thousand fields", [csvFields.join(",")], csvFields),
      ],
    }),
  },
  {
    id: "code-longest-unique-run",
    kind: "CODE",
    difficulty: "MEDIUM",
    seniority: { min: "JUNIOR", max: "SENIOR" },
    text: 'Write longestUniqueRun(s): return the length of the longest stretch of consecutive characters in s in which no character repeats. Spaces are characters too. Example: longestUniqueRun("abcabcd") returns 4 ("abcd").',
    referenceAnswer:
      "Use a sliding window with a hash map from each character to the last index it was seen at: move the right end forward one character at a time, and when the character was already seen inside the window, move the left end just past that earlier position. The answer is the widest window seen. Each end only moves forward, so it is O(n) time and O(k) space for k distinct characters, against O(n²) or worse for checking every substring. An empty string gives 0.",
    keyPoints: [
      "sliding window over the string",
      "hash map of each character's last index",
      "move the left end past the earlier repeat",
      "O(n) time, each end only moves forward",
      "empty string gives 0",
    ],
    tags: ["algorithms", "strings", "sliding-window", "hash-map"],
    code: codeSpec({
      entry: "longestUniqueRun",
      params: ["s"],
      placeholder: -1,
      javascript: `
function longestUniqueRun(s) {
  const lastSeen = new Map();
  let start = 0; // left end of the window with no repeats
  let best = 0;
  for (let i = 0; i < s.length; i++) {
    const previous = lastSeen.get(s[i]);
    // A repeat inside the window: the window restarts just after it.
    if (previous !== undefined && previous >= start) start = previous + 1;
    lastSeen.set(s[i], i);
    best = Math.max(best, i - start + 1);
  }
  return best;
}`,
      python: `
def longest_unique_run(s):
    last_seen = {}
    start = 0  # left end of the window with no repeats
    best = 0
    for i, ch in enumerate(s):
        # A repeat inside the window: the window restarts just after it.
        if last_seen.get(ch, -1) >= start:
            start = last_seen[ch] + 1
        last_seen[ch] = i
        best = max(best, i - start + 1)
    return best`,
      tests: [
        visible("repeat inside", ["abcabcd"], 4),
        visible("all the same", ["zzzz"], 1),
        visible("all different", ["word"], 4),
        hidden("empty string", [""], 0),
        hidden("repeat that is not the first", ["abba"], 2),
        hidden("spaces count", ["a b c"], 3),
        hidden("digits and letters", ["1a2b1c"], 5),
        hidden("long repeating text", ["abcdefghij".repeat(300)], 10),
      ],
    }),
  },
  {
    id: "code-lru-cache",
    kind: "CODE",
    difficulty: "MEDIUM",
    seniority: { min: "JUNIOR", max: "SENIOR" },
    text: 'Write lruCache(capacity, operations): simulate a least-recently-used cache holding at most capacity entries (capacity >= 1). Each operation is ["put", key, value] or ["get", key]. A get returns the stored value, or -1 if the key is absent; a put stores the value and returns null, and if the cache is then over capacity it removes the entry used longest ago. Both get (when the key is found) and put count as using a key. Return the list of results, one per operation. Example: lruCache(2, [["put", 1, 1], ["put", 2, 2], ["put", 3, 3], ["get", 1], ["get", 3]]) returns [null, null, null, -1, 3].',
    referenceAnswer:
      "Keep the entries in order of last use: a hash map for O(1) lookup combined with a doubly linked list, or simply an insertion-ordered map (a JavaScript Map, Python's OrderedDict) where a key is moved to the end every time it is used. A get moves the key to the end; a put inserts or moves it and, when the size exceeds the capacity, evicts the first, least recently used, key. A put on an existing key updates its value and refreshes it. Every operation is O(1), and the cache takes O(capacity) space.",
    keyPoints: [
      "hash map plus a doubly linked list, or an insertion-ordered map",
      "move a key to the most recent end on every use",
      "evict the least recently used key when over capacity",
      "O(1) per operation",
      "a put on an existing key updates and refreshes it",
    ],
    tags: ["algorithms", "hash-map", "backend", "design"],
    code: codeSpec({
      entry: "lruCache",
      params: ["capacity", "operations"],
      placeholder: [],
      javascript: `
function lruCache(capacity, operations) {
  // A Map keeps insertion order: re-inserting a key on every use keeps the least recently used first.
  const cache = new Map();
  return operations.map(([op, key, value]) => {
    if (op === "get") {
      if (!cache.has(key)) return -1;
      const found = cache.get(key);
      cache.delete(key);
      cache.set(key, found);
      return found;
    }
    cache.delete(key);
    cache.set(key, value);
    if (cache.size > capacity) cache.delete(cache.keys().next().value);
    return null;
  });
}`,
      python: `
from collections import OrderedDict


def lru_cache(capacity, operations):
    cache = OrderedDict()  # least recently used first
    results = []
    for op, key, *rest in operations:
        if op == "get":
            if key in cache:
                cache.move_to_end(key)
                results.append(cache[key])
            else:
                results.append(-1)
        else:
            cache[key] = rest[0]
            cache.move_to_end(key)
            if len(cache) > capacity:
                cache.popitem(last=False)
            results.append(None)
    return results`,
      tests: [
        visible(
          "evicts the oldest",
          [
            2,
            [
              ["put", 1, 1],
              ["put", 2, 2],
              ["put", 3, 3],
              ["get", 1],
              ["get", 3],
            ],
          ],
          [null, null, null, -1, 3],
        ),
        visible(
          "a get refreshes the key",
          [
            2,
            [
              ["put", "a", 1],
              ["put", "b", 2],
              ["get", "a"],
              ["put", "c", 3],
              ["get", "b"],
              ["get", "a"],
            ],
          ],
          [null, null, 1, null, -1, 1],
        ),
        visible(
          "a put updates the value",
          [
            1,
            [
              ["put", 1, 1],
              ["put", 1, 5],
              ["get", 1],
            ],
          ],
          [null, null, 5],
        ),
        hidden("no operations", [3, []], []),
        hidden("missing key", [2, [["get", 9]]], [-1]),
        hidden(
          "capacity of one",
          [
            1,
            [
              ["put", 1, 1],
              ["put", 2, 2],
              ["get", 1],
              ["get", 2],
            ],
          ],
          [null, null, -1, 2],
        ),
        hidden(
          "a put refreshes the key",
          [
            2,
            [
              ["put", 1, 1],
              ["put", 2, 2],
              ["put", 1, 10],
              ["put", 3, 3],
              ["get", 2],
              ["get", 1],
            ],
          ],
          [null, null, null, null, -1, 10],
        ),
        hidden("two thousand puts", [100, lruOps], [...range(2000).map(() => null), 3800, -1, 3998]),
      ],
    }),
  },
  {
    id: "code-merge-event-logs",
    kind: "CODE",
    difficulty: "MEDIUM",
    seniority: { min: "MID", max: "SENIOR" },
    text: 'Write mergeLogs(logs): logs is a list of event logs, each a list of [time, message] pairs already sorted by time. Return all the events as one list sorted by time. Events with the same time keep the order of their logs (an event from logs[0] before one from logs[1]) and, within one log, their original order. Example: mergeLogs([[[1, "a"], [5, "c"]], [[2, "b"], [6, "d"]]]) returns [[1, "a"], [2, "b"], [5, "c"], [6, "d"]].',
    referenceAnswer:
      "Do a k-way merge: keep one pointer per log and repeatedly take the earliest head, breaking ties by the log's index, then advance that log's pointer. A min-heap of (time, log index, position) makes each pick O(log k), so merging N events from k logs is O(N log k) time with O(k) extra space; scanning all k heads each time is O(N × k), fine when k is small. Concatenating and sorting also works in O(N log N) if the sort is stable and the logs are concatenated in order.",
    keyPoints: [
      "k-way merge with one pointer per log",
      "min-heap of each log's next event",
      "ties broken by log index, then position",
      "O(N log k) time",
      "empty logs and no logs at all",
    ],
    tags: ["algorithms", "heaps", "backend", "data"],
    code: codeSpec({
      entry: "mergeLogs",
      params: ["logs"],
      placeholder: [],
      javascript: `
function mergeLogs(logs) {
  const next = logs.map(() => 0); // each log's next unread event
  const merged = [];
  for (;;) {
    // Pick the earliest head; the strict < keeps the lower log index on ties.
    // (With many logs, a min-heap keyed by time and log index makes this pick O(log k).)
    let pick = -1;
    for (let i = 0; i < logs.length; i++) {
      if (next[i] < logs[i].length && (pick === -1 || logs[i][next[i]][0] < logs[pick][next[pick]][0])) pick = i;
    }
    if (pick === -1) return merged;
    merged.push(logs[pick][next[pick]]);
    next[pick]++;
  }
}`,
      python: `
import heapq


def merge_logs(logs):
    # The heap holds each log's next event as (time, log index, position): ties go to the lower log.
    heap = [(log[0][0], i, 0) for i, log in enumerate(logs) if log]
    heapq.heapify(heap)
    merged = []
    while heap:
        _, i, position = heapq.heappop(heap)
        merged.append(logs[i][position])
        if position + 1 < len(logs[i]):
            heapq.heappush(heap, (logs[i][position + 1][0], i, position + 1))
    return merged`,
      tests: [
        visible(
          "two logs interleave",
          [
            [
              [
                [1, "a"],
                [5, "c"],
              ],
              [
                [2, "b"],
                [6, "d"],
              ],
            ],
          ],
          [
            [1, "a"],
            [2, "b"],
            [5, "c"],
            [6, "d"],
          ],
        ),
        visible(
          "equal times keep the log order",
          [[[[3, "x1"]], [[3, "y1"]], [[1, "z1"]]]],
          [
            [1, "z1"],
            [3, "x1"],
            [3, "y1"],
          ],
        ),
        visible(
          "one log",
          [
            [
              [
                [1, "p"],
                [2, "q"],
              ],
            ],
          ],
          [
            [1, "p"],
            [2, "q"],
          ],
        ),
        hidden("no logs", [[]], []),
        hidden("only empty logs", [[[], []]], []),
        hidden("one empty log", [[[], [[4, "m"]]]], [[4, "m"]]),
        hidden(
          "negative times",
          [
            [
              [[-5, "early"]],
              [
                [-7, "earlier"],
                [0, "now"],
              ],
            ],
          ],
          [
            [-7, "earlier"],
            [-5, "early"],
            [0, "now"],
          ],
        ),
        hidden("ten logs of two hundred events", [manyLogs], mergedLogs),
      ],
    }),
  },
];
