// Hard coding questions: dynamic programming, parsing, graph searches and heaps, where the
// straightforward attempt is too slow or subtly wrong. Written for this project.
import { type CodingBankQuestion, codeSpec, hidden, visible } from "./coding-spec";

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** JavaScript has no built-in heap: the solutions that need one start with this small one. */
const JS_HEAP = `
// A binary min-heap ordered by \`less\`: push and pop are O(log n).
class Heap {
  constructor(less) {
    this.items = [];
    this.less = less;
  }
  get size() {
    return this.items.length;
  }
  peek() {
    return this.items[0];
  }
  push(item) {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(a[i], a[parent])) break;
      [a[i], a[parent]] = [a[parent], a[i]];
      i = parent;
    }
  }
  pop() {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let m = i;
        if (left < a.length && this.less(a[left], a[m])) m = left;
        if (right < a.length && this.less(a[right], a[m])) m = right;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}
`;

/** Even rows open, odd rows walls with one gap, alternating right and left: one winding path. */
const serpentine = range(21).map((r) => range(21).map((c) => (r % 2 === 0 ? 0 : (Math.floor(r / 2) % 2 === 0 ? c === 20 : c === 0) ? 0 : 1)));
const chainWithShortcuts = [...range(499).map((i) => [i, i + 1, 1]), ...range(490).map((i) => [i, i + 10, 5])];

export const hardCodingQuestions: CodingBankQuestion[] = [
  {
    id: "code-edit-distance",
    kind: "CODE",
    difficulty: "HARD",
    seniority: { min: "MID", max: "LEAD" },
    text: 'Write editDistance(a, b): return the smallest number of single-character edits — inserting, deleting or replacing one character — that turn string a into string b. Upper and lower case are different characters. Example: editDistance("cart", "card") returns 1, and editDistance("sunday", "saturday") returns 3.',
    referenceAnswer:
      "Use dynamic programming: d[i][j] is the distance between the first i characters of a and the first j of b, with d[i][0] = i and d[0][j] = j. If a[i-1] equals b[j-1] then d[i][j] = d[i-1][j-1]; otherwise it is 1 plus the smallest of d[i-1][j] (delete), d[i][j-1] (insert) and d[i-1][j-1] (replace). That is O(m × n) time, and keeping only the previous row brings space down to O(n); plain recursion without memoisation is exponential.",
    keyPoints: [
      "dynamic programming over prefixes of both strings",
      "first row and column are the lengths",
      "equal characters cost nothing, otherwise 1 plus the best of three",
      "O(m × n) time, O(n) space with one row",
      "an empty string needs as many edits as the other's length",
    ],
    tags: ["algorithms", "dynamic-programming", "strings"],
    code: codeSpec({
      entry: "editDistance",
      params: ["a", "b"],
      placeholder: -1,
      javascript: `
function editDistance(a, b) {
  // prev[j] = distance between the first i - 1 characters of a and the first j of b.
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? prev[j - 1] : 1 + Math.min(prev[j], row[j - 1], prev[j - 1]);
    }
    prev = row;
  }
  return prev[b.length];
}`,
      python: `
def edit_distance(a, b):
    # prev[j] = distance between the first i - 1 characters of a and the first j of b.
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i]
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                row.append(prev[j - 1])
            else:
                row.append(1 + min(prev[j], row[j - 1], prev[j - 1]))
        prev = row
    return prev[len(b)]`,
      tests: [
        visible("one replacement", ["cart", "card"], 1),
        visible("inserts and a replacement", ["sunday", "saturday"], 3),
        visible("from nothing", ["", "abc"], 3),
        hidden("both empty", ["", ""], 0),
        hidden("identical", ["same", "same"], 0),
        hidden("nothing in common", ["abc", "xyz"], 3),
        hidden("case matters", ["A", "a"], 1),
        hidden("four hundred characters each", ["ab".repeat(200), "ba".repeat(200)], 2),
      ],
    }),
  },
  {
    id: "code-longest-increasing",
    kind: "CODE",
    difficulty: "HARD",
    seniority: { min: "MID", max: "LEAD" },
    text: "Write lisLength(nums): return the length of the longest strictly increasing subsequence of the list — numbers taken in their original order, not necessarily next to each other, each bigger than the one before. Example: lisLength([3, 1, 4, 1, 5, 9, 2, 6]) returns 4 (for instance 1, 4, 5, 9).",
    referenceAnswer:
      "The simple dynamic programming keeps, for each index, the longest increasing subsequence ending there, built from every smaller earlier value: O(n²) time. The faster way keeps tails[k], the smallest possible last value of an increasing subsequence of length k + 1; for each number, binary search for the first tail at least as big and replace it, or append when there is none. The answer is the number of tails, in O(n log n) time and O(n) space; using 'at least' in the search is what makes equal numbers not count as increasing.",
    keyPoints: [
      "dynamic programming in O(n²) as a baseline",
      "tails array of the smallest last value per length",
      "binary search to replace or append",
      "O(n log n) time",
      "strictly increasing, so repeats do not extend",
    ],
    tags: ["algorithms", "dynamic-programming", "binary-search", "arrays"],
    code: codeSpec({
      entry: "lisLength",
      params: ["nums"],
      placeholder: -1,
      javascript: `
function lisLength(nums) {
  // tails[k] = the smallest last value of an increasing subsequence of length k + 1.
  const tails = [];
  for (const num of nums) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < num) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = num; // replaces the first tail >= num, or appends
  }
  return tails.length;
}`,
      python: `
from bisect import bisect_left


def lis_length(nums):
    # tails[k] = the smallest last value of an increasing subsequence of length k + 1.
    tails = []
    for num in nums:
        k = bisect_left(tails, num)  # the first tail >= num: repeats never extend
        if k == len(tails):
            tails.append(num)
        else:
            tails[k] = num
    return len(tails)`,
      tests: [
        visible("mixed numbers", [[3, 1, 4, 1, 5, 9, 2, 6]], 4),
        visible("decreasing", [[5, 4, 3]], 1),
        visible("already increasing", [[1, 2, 3, 4]], 4),
        hidden("empty list", [[]], 0),
        hidden("repeats do not count", [[2, 2, 2]], 1),
        hidden("negative numbers", [[-3, -1, -2, 0]], 3),
        hidden("a thousand numbers", [range(1000).map((i) => (i % 2 === 0 ? i : -i))], 500),
      ],
    }),
  },
  {
    id: "code-expression-evaluator",
    kind: "CODE",
    difficulty: "HARD",
    seniority: { min: "MID", max: "LEAD" },
    text: 'Write evaluate(expression): compute the value of an arithmetic expression made of non-negative integers, +, -, *, /, parentheses and spaces. * and / bind tighter than + and -, operators of the same level go left to right, a minus may also negate what follows it, and / divides integers rounding toward zero. The expression is always valid and never divides by zero. Do not use eval or exec. Example: evaluate("(2 + 3) * 4 - 7 / 2") returns 17.',
    referenceAnswer:
      "Write a small recursive-descent parser with one function per precedence level: an expression is terms joined by + or -, a term is factors joined by * or /, and a factor is a number, a parenthesised expression or a minus followed by a factor. Looping within each level makes operators of the same level left-associative, and integer division must truncate toward zero (Math.trunc, not floor, for negative results). One pass over the input makes it O(n) time, with recursion as deep as the parentheses nest; a two-stack shunting-yard algorithm works too.",
    keyPoints: [
      "recursive descent with one function per precedence level",
      "loop within a level for left-to-right order",
      "unary minus handled in the factor",
      "division truncates toward zero, not floor",
      "O(n) time in one pass",
    ],
    tags: ["algorithms", "parsing", "strings", "stacks"],
    code: codeSpec({
      entry: "evaluate",
      params: ["expression"],
      placeholder: null,
      javascript: `
function evaluate(expression) {
  let pos = 0;
  // The next non-space character, without consuming it.
  const peek = () => {
    while (expression[pos] === " ") pos++;
    return expression[pos];
  };
  // expression := term (("+" | "-") term)*
  const parseExpression = () => {
    let value = parseTerm();
    for (let op = peek(); op === "+" || op === "-"; op = peek()) {
      pos++;
      const right = parseTerm();
      value = op === "+" ? value + right : value - right;
    }
    return value;
  };
  // term := factor (("*" | "/") factor)*
  const parseTerm = () => {
    let value = parseFactor();
    for (let op = peek(); op === "*" || op === "/"; op = peek()) {
      pos++;
      const right = parseFactor();
      value = op === "*" ? value * right : Math.trunc(value / right);
    }
    return value;
  };
  // factor := "-" factor | "(" expression ")" | number
  const parseFactor = () => {
    const ch = peek();
    if (ch === "-") {
      pos++;
      return -parseFactor();
    }
    if (ch === "(") {
      pos++;
      const value = parseExpression();
      peek();
      pos++; // the closing parenthesis
      return value;
    }
    const start = pos;
    while (expression[pos] >= "0" && expression[pos] <= "9") pos++;
    return Number(expression.slice(start, pos));
  };
  return parseExpression();
}`,
      python: `
def evaluate(expression):
    pos = 0

    def peek():
        # The next non-space character, without consuming it ("" at the end).
        nonlocal pos
        while pos < len(expression) and expression[pos] == " ":
            pos += 1
        return expression[pos] if pos < len(expression) else ""

    def divide(a, b):
        # Round toward zero; Python's // rounds toward minus infinity.
        q = abs(a) // abs(b)
        return q if (a < 0) == (b < 0) else -q

    def parse_expression():  # term (("+" | "-") term)*
        nonlocal pos
        value = parse_term()
        while peek() in ("+", "-"):
            op = expression[pos]
            pos += 1
            right = parse_term()
            value = value + right if op == "+" else value - right
        return value

    def parse_term():  # factor (("*" | "/") factor)*
        nonlocal pos
        value = parse_factor()
        while peek() in ("*", "/"):
            op = expression[pos]
            pos += 1
            right = parse_factor()
            value = value * right if op == "*" else divide(value, right)
        return value

    def parse_factor():  # "-" factor | "(" expression ")" | number
        nonlocal pos
        ch = peek()
        if ch == "-":
            pos += 1
            return -parse_factor()
        if ch == "(":
            pos += 1
            value = parse_expression()
            peek()
            pos += 1  # the closing parenthesis
            return value
        start = pos
        while pos < len(expression) and expression[pos].isdigit():
            pos += 1
        return int(expression[start:pos])

    return parse_expression()`,
      tests: [
        visible("precedence", ["2 + 3 * 4"], 14),
        visible("parentheses", ["(2 + 3) * 4 - 7 / 2"], 17),
        visible("division rounds toward zero", ["7 / 2 - 10 / 4"], 1),
        hidden("a single number", ["42"], 42),
        hidden("unary minus", ["-3 * -(2 + 1)"], 9),
        hidden("negative division", ["-7 / 2"], -3),
        hidden("no spaces", ["1+2*3-4/2"], 5),
        hidden("left to right", ["10 - 4 - 3"], 3),
        hidden(
          "five hundred terms",
          [
            range(500)
              .map(() => "1")
              .join(" + "),
          ],
          500,
        ),
      ],
    }),
  },
  {
    id: "code-shortest-grid-path",
    kind: "CODE",
    difficulty: "HARD",
    seniority: { min: "MID", max: "LEAD" },
    text: "Write shortestPath(grid): grid is a list of rows of 0 (open) and 1 (wall). Moving one step up, down, left or right onto open cells, return the fewest steps from the top-left cell to the bottom-right cell, or -1 if it cannot be reached (including when either of them is a wall). A one-cell open grid needs 0 steps. Example: shortestPath([[0, 1], [0, 0]]) returns 2.",
    referenceAnswer:
      "Use breadth-first search from the top-left cell with a queue, recording each open cell's distance when it is first reached; because BFS explores in order of distance, the first time the bottom-right cell is reached is the shortest path. Marking cells visited when they are queued keeps each cell in the queue once. It is O(rows × columns) time and space; depth-first search does not give shortest paths, and a wall at the start or the end means -1.",
    keyPoints: [
      "breadth-first search from the start with a queue",
      "BFS reaches cells in order of distance",
      "mark cells visited when queued",
      "O(rows × columns) time and space",
      "a wall at the start or the end gives -1",
    ],
    tags: ["algorithms", "graphs", "bfs"],
    code: codeSpec({
      entry: "shortestPath",
      params: ["grid"],
      placeholder: null,
      javascript: `
function shortestPath(grid) {
  const rows = grid.length;
  const cols = grid[0].length;
  if (grid[0][0] === 1 || grid[rows - 1][cols - 1] === 1) return -1;
  const dist = grid.map((row) => row.map(() => -1));
  dist[0][0] = 0;
  // Breadth-first: cells leave the queue in order of distance.
  const queue = [[0, 0]];
  for (let head = 0; head < queue.length; head++) {
    const [r, c] = queue[head];
    if (r === rows - 1 && c === cols - 1) return dist[r][c];
    for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
      if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && grid[nr][nc] === 0 && dist[nr][nc] === -1) {
        dist[nr][nc] = dist[r][c] + 1;
        queue.push([nr, nc]);
      }
    }
  }
  return -1;
}`,
      python: `
from collections import deque


def shortest_path(grid):
    rows, cols = len(grid), len(grid[0])
    if grid[0][0] == 1 or grid[rows - 1][cols - 1] == 1:
        return -1
    dist = {(0, 0): 0}
    # Breadth-first: cells leave the queue in order of distance.
    queue = deque([(0, 0)])
    while queue:
        r, c = queue.popleft()
        if (r, c) == (rows - 1, cols - 1):
            return dist[(r, c)]
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 0 and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                queue.append((nr, nc))
    return -1`,
      tests: [
        visible(
          "open grid",
          [
            [
              [0, 0, 0],
              [0, 0, 0],
              [0, 0, 0],
            ],
          ],
          4,
        ),
        visible(
          "detour around walls",
          [
            [
              [0, 0, 0],
              [1, 1, 0],
              [0, 0, 0],
              [0, 1, 1],
              [0, 0, 0],
            ],
          ],
          10,
        ),
        visible(
          "no way through",
          [
            [
              [0, 1],
              [1, 0],
            ],
          ],
          -1,
        ),
        hidden("one open cell", [[[0]]], 0),
        hidden(
          "start is a wall",
          [
            [
              [1, 0],
              [0, 0],
            ],
          ],
          -1,
        ),
        hidden(
          "end is a wall",
          [
            [
              [0, 0],
              [0, 1],
            ],
          ],
          -1,
        ),
        hidden("single row", [[[0, 0, 0, 0]]], 3),
        hidden("large open grid", [range(60).map(() => range(60).map(() => 0))], 118),
        hidden("winding path", [serpentine], 240),
      ],
    }),
  },
  {
    id: "code-course-order",
    kind: "CODE",
    difficulty: "HARD",
    seniority: { min: "MID", max: "LEAD" },
    text: "Write courseOrder(count, prerequisites): courses are numbered 0 to count - 1, and each prerequisite [course, before] means course before must be taken before course. Return an order in which to take every course; whenever several courses could come next, take the lowest-numbered one. If no order exists because the prerequisites form a cycle, return an empty list. Example: courseOrder(4, [[0, 3], [1, 3]]) returns [2, 3, 0, 1].",
    referenceAnswer:
      "This is a topological sort with Kahn's algorithm: count each course's unmet prerequisites, start with the courses that have none, and repeatedly take one, then decrement the count of every course that depends on it, adding those that reach zero. A min-heap of the available courses makes the lowest-numbered one come next, for O((V + E) log V) time and O(V + E) space for the adjacency lists. If fewer than all courses were taken, the rest are stuck on a cycle, so the answer is empty.",
    keyPoints: [
      "topological sort with Kahn's algorithm",
      "count unmet prerequisites per course",
      "min-heap of available courses for the lowest number",
      "fewer courses taken than exist means a cycle",
      "O((V + E) log V) time",
    ],
    tags: ["algorithms", "graphs", "heaps"],
    code: codeSpec({
      entry: "courseOrder",
      params: ["count", "prerequisites"],
      placeholder: null,
      javascript: `${JS_HEAP}
function courseOrder(count, prerequisites) {
  const unlocks = Array.from({ length: count }, () => []);
  const missing = new Array(count).fill(0); // unmet prerequisites per course
  for (const [course, before] of prerequisites) {
    unlocks[before].push(course);
    missing[course]++;
  }
  // Kahn's algorithm; the heap makes the lowest-numbered available course come next.
  const available = new Heap((a, b) => a < b);
  for (let c = 0; c < count; c++) if (missing[c] === 0) available.push(c);
  const order = [];
  while (available.size > 0) {
    const course = available.pop();
    order.push(course);
    for (const next of unlocks[course]) if (--missing[next] === 0) available.push(next);
  }
  // Courses never taken are stuck on a cycle.
  return order.length === count ? order : [];
}`,
      python: `
import heapq


def course_order(count, prerequisites):
    unlocks = [[] for _ in range(count)]
    missing = [0] * count  # unmet prerequisites per course
    for course, before in prerequisites:
        unlocks[before].append(course)
        missing[course] += 1
    # Kahn's algorithm; the heap makes the lowest-numbered available course come next.
    available = [c for c in range(count) if missing[c] == 0]
    heapq.heapify(available)
    order = []
    while available:
        course = heapq.heappop(available)
        order.append(course)
        for nxt in unlocks[course]:
            missing[nxt] -= 1
            if missing[nxt] == 0:
                heapq.heappush(available, nxt)
    # Courses never taken are stuck on a cycle.
    return order if len(order) == count else []`,
      tests: [
        visible(
          "a chain",
          [
            3,
            [
              [1, 0],
              [2, 1],
            ],
          ],
          [0, 1, 2],
        ),
        visible(
          "lowest number first",
          [
            4,
            [
              [0, 3],
              [1, 3],
            ],
          ],
          [2, 3, 0, 1],
        ),
        visible(
          "a cycle",
          [
            2,
            [
              [0, 1],
              [1, 0],
            ],
          ],
          [],
        ),
        hidden("no courses", [0, []], []),
        hidden("no prerequisites", [3, []], [0, 1, 2]),
        hidden("a course that needs itself", [2, [[1, 1]]], []),
        hidden(
          "diamond",
          [
            4,
            [
              [1, 0],
              [2, 0],
              [3, 1],
              [3, 2],
            ],
          ],
          [0, 1, 2, 3],
        ),
        hidden(
          "repeated prerequisite",
          [
            2,
            [
              [1, 0],
              [1, 0],
            ],
          ],
          [0, 1],
        ),
        hidden("a thousand courses in reverse", [1000, range(999).map((i) => [i, i + 1])], range(1000).reverse()),
      ],
    }),
  },
  {
    id: "code-cheapest-route",
    kind: "CODE",
    difficulty: "HARD",
    seniority: { min: "MID", max: "LEAD" },
    text: "Write cheapestRoute(count, roads, start, end): places are numbered 0 to count - 1 and each road [a, b, cost] goes one way from a to b with a cost of 0 or more. Return the lowest total cost of a route from place start to place end, or -1 if there is none; the cost from a place to itself is 0. Example: cheapestRoute(3, [[0, 1, 4], [1, 2, 1], [0, 2, 10]], 0, 2) returns 5.",
    referenceAnswer:
      "Use Dijkstra's algorithm: keep the best known cost to each place and a min-heap of (cost, place), repeatedly pop the cheapest place, skip it if a cheaper cost was already settled, and relax each outgoing road by offering cost + road cost to its end. Because costs are never negative, a place's cost is final when it is first popped. With a binary heap it is O((V + E) log V) time and O(V + E) space; breadth-first search is only right when every road costs the same.",
    keyPoints: [
      "Dijkstra's algorithm",
      "min-heap of places by cost so far",
      "relax each outgoing road",
      "skip stale heap entries",
      "O((V + E) log V) time, non-negative costs only",
    ],
    tags: ["algorithms", "graphs", "heaps"],
    code: codeSpec({
      entry: "cheapestRoute",
      params: ["count", "roads", "start", "end"],
      placeholder: null,
      javascript: `${JS_HEAP}
function cheapestRoute(count, roads, start, end) {
  const out = Array.from({ length: count }, () => []);
  for (const [a, b, cost] of roads) out[a].push([b, cost]);
  const best = new Array(count).fill(Infinity);
  best[start] = 0;
  // Dijkstra: with no negative costs, a place's cost is final when it is first popped.
  const heap = new Heap((x, y) => x[0] < y[0]);
  heap.push([0, start]);
  while (heap.size > 0) {
    const [cost, place] = heap.pop();
    if (place === end) return cost;
    if (cost > best[place]) continue; // a stale entry: a cheaper way was found since
    for (const [next, step] of out[place]) {
      if (cost + step < best[next]) {
        best[next] = cost + step;
        heap.push([best[next], next]);
      }
    }
  }
  return -1;
}`,
      python: `
import heapq


def cheapest_route(count, roads, start, end):
    out = [[] for _ in range(count)]
    for a, b, cost in roads:
        out[a].append((b, cost))
    best = [float("inf")] * count
    best[start] = 0
    # Dijkstra: with no negative costs, a place's cost is final when it is first popped.
    heap = [(0, start)]
    while heap:
        cost, place = heapq.heappop(heap)
        if place == end:
            return cost
        if cost > best[place]:
            continue  # a stale entry: a cheaper way was found since
        for nxt, step in out[place]:
            if cost + step < best[nxt]:
                best[nxt] = cost + step
                heapq.heappush(heap, (best[nxt], nxt))
    return -1`,
      tests: [
        visible(
          "the direct road costs more",
          [
            3,
            [
              [0, 1, 4],
              [1, 2, 1],
              [0, 2, 10],
            ],
            0,
            2,
          ],
          5,
        ),
        visible("roads go one way", [2, [[1, 0, 3]], 0, 1], -1),
        visible("already there", [1, [], 0, 0], 0),
        hidden(
          "unreachable place",
          [
            4,
            [
              [0, 1, 1],
              [2, 3, 1],
            ],
            0,
            3,
          ],
          -1,
        ),
        hidden(
          "free roads",
          [
            3,
            [
              [0, 1, 0],
              [1, 2, 0],
            ],
            0,
            2,
          ],
          0,
        ),
        hidden(
          "parallel roads",
          [
            2,
            [
              [0, 1, 7],
              [0, 1, 2],
            ],
            0,
            1,
          ],
          2,
        ),
        hidden(
          "a loop on the way",
          [
            3,
            [
              [0, 1, 1],
              [1, 0, 1],
              [1, 2, 5],
            ],
            0,
            2,
          ],
          6,
        ),
        hidden("five hundred places with shortcuts", [500, chainWithShortcuts, 0, 499], 254),
      ],
    }),
  },
  {
    id: "code-sliding-window-max",
    kind: "CODE",
    difficulty: "HARD",
    seniority: { min: "MID", max: "LEAD" },
    text: "Write windowMax(nums, k): slide a window of k consecutive numbers (k >= 1) from the start of the list to the end, one position at a time, and return the largest number in each window, in order. If the list is shorter than k, return an empty list. Example: windowMax([4, 2, 12, 3, 8, 1, 7], 3) returns [12, 12, 12, 8, 8].",
    referenceAnswer:
      "Keep a double-ended queue of indices whose values are decreasing from front to back: before adding a number, pop from the back every index whose value is not bigger, since it can never be a maximum again; drop the front index once it falls out of the window, and the front is then the window's maximum. Each index enters and leaves the deque at most once, so it is O(n) time and O(k) space, against O(n × k) for scanning every window. A window longer than the list gives no results.",
    keyPoints: [
      "deque of indices with decreasing values",
      "pop smaller values from the back before adding",
      "drop the front index once it leaves the window",
      "the front is the window's maximum",
      "O(n) time, each index added and removed once",
    ],
    tags: ["algorithms", "arrays", "sliding-window", "queues"],
    code: codeSpec({
      entry: "windowMax",
      params: ["nums", "k"],
      placeholder: [],
      javascript: `
function windowMax(nums, k) {
  const result = [];
  const deque = []; // indices whose values decrease from deque[head] to the back
  let head = 0;
  for (let i = 0; i < nums.length; i++) {
    // A value no bigger than the new one can never be a window's maximum again.
    while (deque.length > head && nums[deque[deque.length - 1]] <= nums[i]) deque.pop();
    deque.push(i);
    if (deque[head] <= i - k) head++; // the front has left the window
    if (i >= k - 1) result.push(nums[deque[head]]);
  }
  return result;
}`,
      python: `
from collections import deque


def window_max(nums, k):
    result = []
    window = deque()  # indices whose values decrease from front to back
    for i, num in enumerate(nums):
        # A value no bigger than the new one can never be a window's maximum again.
        while window and nums[window[-1]] <= num:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()  # the front has left the window
        if i >= k - 1:
            result.append(nums[window[0]])
    return result`,
      tests: [
        visible("window of three", [[4, 2, 12, 3, 8, 1, 7], 3], [12, 12, 12, 8, 8]),
        visible("window of one", [[5, 1, 3], 1], [5, 1, 3]),
        visible("window as long as the list", [[2, 9, 4], 3], [9]),
        hidden("empty list", [[], 2], []),
        hidden("window longer than the list", [[1, 2], 3], []),
        hidden("all negative", [[-5, -2, -8, -1], 2], [-2, -2, -1]),
        hidden("repeated values", [[3, 3, 3, 1], 2], [3, 3, 3]),
        hidden(
          "three thousand falling numbers",
          [range(3000).map((i) => 3000 - i), 100],
          range(2901).map((i) => 3000 - i),
        ),
      ],
    }),
  },
  {
    id: "code-word-break",
    kind: "CODE",
    difficulty: "HARD",
    seniority: { min: "MID", max: "LEAD" },
    text: 'Write canSegment(text, words): return true when text can be cut into pieces that are each one of the given words (a word may be used any number of times), and false otherwise. An empty text can always be segmented. Example: canSegment("carpet", ["carpe", "car", "pet"]) returns true ("car" + "pet"), and canSegment("catsx", ["cat", "cats"]) returns false.',
    referenceAnswer:
      "Use dynamic programming over prefixes: ok[i] says whether the first i characters can be segmented, with ok[0] true, and ok[i] is true when some ok[j] is true and text[j..i] is in the set of words. Putting the words in a hash set makes each check O(1) apart from building the substring, for O(n²) checks overall, or O(n × L) when only the lengths of actual words are tried. Plain backtracking without memoisation is exponential on text like many a's followed by a b, and greedily taking the longest word can fail.",
    keyPoints: [
      "dynamic programming over prefixes",
      "ok[i] is true when some ok[j] is true and the piece is a word",
      "hash set of the words",
      "O(n²) checks instead of exponential backtracking",
      "greedy longest word can fail",
    ],
    tags: ["algorithms", "dynamic-programming", "strings", "hash-map"],
    code: codeSpec({
      entry: "canSegment",
      params: ["text", "words"],
      placeholder: null,
      javascript: `
function canSegment(text, words) {
  const dictionary = new Set(words);
  // ok[i]: the first i characters can be cut into words.
  const ok = new Array(text.length + 1).fill(false);
  ok[0] = true;
  for (let i = 1; i <= text.length; i++) {
    for (let j = 0; j < i && !ok[i]; j++) {
      if (ok[j] && dictionary.has(text.slice(j, i))) ok[i] = true;
    }
  }
  return ok[text.length];
}`,
      python: `
def can_segment(text, words):
    dictionary = set(words)
    # ok[i]: the first i characters can be cut into words.
    ok = [True] + [False] * len(text)
    for i in range(1, len(text) + 1):
        ok[i] = any(ok[j] and text[j:i] in dictionary for j in range(i))
    return ok[len(text)]`,
      tests: [
        visible("two words", ["applepie", ["apple", "pie"]], true),
        visible("a word used twice", ["abab", ["ab"]], true),
        visible("letters left over", ["catsx", ["cat", "cats"]], false),
        hidden("empty text", ["", ["a"]], true),
        hidden("no words", ["a", []], false),
        hidden("longest word first fails", ["carpet", ["carpe", "car", "pet"]], true),
        hidden("many a's then a b", [`${"a".repeat(300)}b`, ["a", "aa", "aaa"]], false),
        hidden("four hundred characters", ["ab".repeat(200), ["ab", "a", "b"]], true),
      ],
    }),
  },
  {
    id: "code-running-median",
    kind: "CODE",
    difficulty: "HARD",
    seniority: { min: "SENIOR", max: "LEAD" },
    text: "Write runningMedian(nums): after reading each number in turn, record the median of all the numbers read so far — the middle one when there is an odd count, the average of the two middle ones when the count is even. Return the list of medians. Example: runningMedian([5, 15, 1, 3]) returns [5, 10, 5, 4].",
    referenceAnswer:
      "Keep two heaps: a max-heap with the smaller half of the numbers and a min-heap with the larger half, balanced so the lower half has the same size or one more. Each new number goes into the right half, then one number moves across if the sizes drift apart; the median is the top of the lower half, or the average of both tops when the sizes are equal. Each step is O(log n), so the whole list is O(n log n) time and O(n) space, against O(n² log n) for sorting after every number.",
    keyPoints: [
      "max-heap for the lower half, min-heap for the upper half",
      "rebalance so the sizes differ by at most one",
      "median from the tops of the heaps",
      "O(log n) per number, O(n log n) overall",
      "average the two middle numbers for an even count",
    ],
    tags: ["algorithms", "heaps", "data"],
    code: codeSpec({
      entry: "runningMedian",
      params: ["nums"],
      placeholder: [],
      javascript: `${JS_HEAP}
function runningMedian(nums) {
  const lower = new Heap((a, b) => a > b); // max-heap: the smaller half
  const upper = new Heap((a, b) => a < b); // min-heap: the larger half
  return nums.map((num) => {
    if (lower.size === 0 || num <= lower.peek()) lower.push(num);
    else upper.push(num);
    // Keep lower the same size as upper, or one bigger.
    if (lower.size > upper.size + 1) upper.push(lower.pop());
    else if (upper.size > lower.size) lower.push(upper.pop());
    return lower.size > upper.size ? lower.peek() : (lower.peek() + upper.peek()) / 2;
  });
}`,
      python: `
import heapq


def running_median(nums):
    lower = []  # the smaller half, negated: heapq only has min-heaps
    upper = []  # the larger half
    medians = []
    for num in nums:
        if not lower or num <= -lower[0]:
            heapq.heappush(lower, -num)
        else:
            heapq.heappush(upper, num)
        # Keep lower the same size as upper, or one bigger.
        if len(lower) > len(upper) + 1:
            heapq.heappush(upper, -heapq.heappop(lower))
        elif len(upper) > len(lower):
            heapq.heappush(lower, -heapq.heappop(upper))
        medians.append(-lower[0] if len(lower) > len(upper) else (-lower[0] + upper[0]) / 2)
    return medians`,
      tests: [
        visible("odd and even counts", [[5, 15, 1, 3]], [5, 10, 5, 4]),
        visible("rising numbers", [[1, 2, 3, 4]], [1, 1.5, 2, 2.5]),
        visible("one number", [[7]], [7]),
        hidden("empty list", [[]], []),
        hidden("negative numbers", [[-1, -5, -3]], [-1, -3, -3]),
        hidden("repeated numbers", [[2, 2, 2, 2]], [2, 2, 2, 2]),
        hidden(
          "a thousand falling numbers",
          [range(1000).map((i) => 1000 - i)],
          range(1000).map((i) => (2000 - i) / 2),
        ),
      ],
    }),
  },
  {
    id: "code-trapped-water",
    kind: "CODE",
    difficulty: "HARD",
    seniority: { min: "MID", max: "LEAD" },
    text: "Write trappedWater(heights): heights are the heights of bars of width 1 standing side by side. After rain, water settles above a bar up to the lower of the tallest bar to its left and the tallest bar to its right. Return the total units of water held. Example: trappedWater([3, 0, 2, 0, 4]) returns 7.",
    referenceAnswer:
      "The water above a bar is the smaller of the tallest bar on its left and the tallest on its right, minus its own height, when that is positive. Two pointers moving in from both ends compute this in one pass: keep the highest bar seen from each side, always move the side with the lower maximum, since that maximum is the limit there, and add the difference. This is O(n) time and O(1) space, against O(n²) for scanning left and right from every bar; fewer than three bars hold nothing.",
    keyPoints: [
      "water above a bar is the lower of the two tallest sides minus its height",
      "two pointers moving in from both ends",
      "move the side with the lower maximum",
      "O(n) time and O(1) space",
      "fewer than three bars hold no water",
    ],
    tags: ["algorithms", "arrays", "two-pointers"],
    code: codeSpec({
      entry: "trappedWater",
      params: ["heights"],
      placeholder: -1,
      javascript: `
function trappedWater(heights) {
  let left = 0;
  let right = heights.length - 1;
  let leftMax = 0;
  let rightMax = 0;
  let water = 0;
  // The side with the lower maximum is the one whose water level is known.
  while (left < right) {
    if (heights[left] < heights[right]) {
      leftMax = Math.max(leftMax, heights[left]);
      water += leftMax - heights[left];
      left++;
    } else {
      rightMax = Math.max(rightMax, heights[right]);
      water += rightMax - heights[right];
      right--;
    }
  }
  return water;
}`,
      python: `
def trapped_water(heights):
    left, right = 0, len(heights) - 1
    left_max = right_max = water = 0
    # The side with the lower maximum is the one whose water level is known.
    while left < right:
        if heights[left] < heights[right]:
            left_max = max(left_max, heights[left])
            water += left_max - heights[left]
            left += 1
        else:
            right_max = max(right_max, heights[right])
            water += right_max - heights[right]
            right -= 1
    return water`,
      tests: [
        visible("two dips", [[3, 0, 2, 0, 4]], 7),
        visible("rising bars", [[1, 2, 3]], 0),
        visible("single pit", [[2, 0, 2]], 2),
        hidden("empty list", [[]], 0),
        hidden("one bar", [[5]], 0),
        hidden("valley with steps", [[5, 1, 2, 1, 5]], 11),
        hidden("flat ground", [[2, 2, 2]], 0),
        hidden("a thousand bars", [range(1001).map((i) => (i % 250 === 0 ? 250 : 0))], 249000),
      ],
    }),
  },
];
