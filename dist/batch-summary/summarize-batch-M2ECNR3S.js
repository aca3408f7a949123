import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  alertsMarkdown,
  attentionOf,
  budgetLine,
  budgetMark,
  categoriesTable,
  changesMarkdown,
  failingRecipesMarkdown,
  focusTable,
  foldedNote,
  headline,
  insightLines,
  matrixTable,
  sameIdNote,
  trendChart,
  trendsTable,
  windowLabel
} from "./chunk-HX3AYC5G.js";
import {
  batchCostMarkdown,
  batchObjectivesMarkdown,
  batchObjectivesTop,
  weeklyCostTable
} from "./chunk-CS5QD7YP.js";
import {
  MIXED,
  batchKey,
  objectiveHistoryOptions,
  parseRatio,
  platformObjectives,
  platformOrder,
  rawTimestamp,
  readBatchRecord,
  readObjectives,
  runnerOfPlatform,
  toFailures
} from "./chunk-4OFCV6BV.js";
import {
  openStore
} from "./chunk-WHFMHZ33.js";
import {
  text
} from "./chunk-SUOMKFCV.js";
import "./chunk-NJSXDMHZ.js";
import "./chunk-74M3YVX7.js";
import {
  InputError,
  assertSafeBranch,
  dictFrom,
  emptyDict
} from "./chunk-ZX3D2VN2.js";
import {
  worstStatus
} from "./chunk-PXJ7BKJH.js";
import {
  __commonJS,
  __toESM
} from "./chunk-RXARMASY.js";

// node_modules/jstat/dist/jstat.js
var require_jstat = __commonJS({
  "node_modules/jstat/dist/jstat.js"(exports, module) {
    (function(window, factory) {
      if (typeof exports === "object") {
        module.exports = factory();
      } else if (typeof define === "function" && define.amd) {
        define(factory);
      } else {
        window.jStat = factory();
      }
    })(exports, function() {
      var jStat2 = (function(Math2, undefined2) {
        var concat = Array.prototype.concat;
        var slice = Array.prototype.slice;
        var toString = Object.prototype.toString;
        function calcRdx(n, m) {
          var val = n > m ? n : m;
          return Math2.pow(
            10,
            17 - ~~(Math2.log(val > 0 ? val : -val) * Math2.LOG10E)
          );
        }
        var isArray = Array.isArray || function isArray2(arg) {
          return toString.call(arg) === "[object Array]";
        };
        function isFunction(arg) {
          return toString.call(arg) === "[object Function]";
        }
        function isNumber(num) {
          return typeof num === "number" ? num - num === 0 : false;
        }
        function toVector(arr) {
          return concat.apply([], arr);
        }
        function jStat3() {
          return new jStat3._init(arguments);
        }
        jStat3.fn = jStat3.prototype;
        jStat3._init = function _init(args) {
          if (isArray(args[0])) {
            if (isArray(args[0][0])) {
              if (isFunction(args[1]))
                args[0] = jStat3.map(args[0], args[1]);
              for (var i = 0; i < args[0].length; i++)
                this[i] = args[0][i];
              this.length = args[0].length;
            } else {
              this[0] = isFunction(args[1]) ? jStat3.map(args[0], args[1]) : args[0];
              this.length = 1;
            }
          } else if (isNumber(args[0])) {
            this[0] = jStat3.seq.apply(null, args);
            this.length = 1;
          } else if (args[0] instanceof jStat3) {
            return jStat3(args[0].toArray());
          } else {
            this[0] = [];
            this.length = 1;
          }
          return this;
        };
        jStat3._init.prototype = jStat3.prototype;
        jStat3._init.constructor = jStat3;
        jStat3.utils = {
          calcRdx,
          isArray,
          isFunction,
          isNumber,
          toVector
        };
        jStat3._random_fn = Math2.random;
        jStat3.setRandom = function setRandom(fn) {
          if (typeof fn !== "function")
            throw new TypeError("fn is not a function");
          jStat3._random_fn = fn;
        };
        jStat3.extend = function extend(obj) {
          var i, j;
          if (arguments.length === 1) {
            for (j in obj)
              jStat3[j] = obj[j];
            return this;
          }
          for (i = 1; i < arguments.length; i++) {
            for (j in arguments[i])
              obj[j] = arguments[i][j];
          }
          return obj;
        };
        jStat3.rows = function rows(arr) {
          return arr.length || 1;
        };
        jStat3.cols = function cols(arr) {
          return arr[0].length || 1;
        };
        jStat3.dimensions = function dimensions(arr) {
          return {
            rows: jStat3.rows(arr),
            cols: jStat3.cols(arr)
          };
        };
        jStat3.row = function row(arr, index) {
          if (isArray(index)) {
            return index.map(function(i) {
              return jStat3.row(arr, i);
            });
          }
          return arr[index];
        };
        jStat3.rowa = function rowa(arr, i) {
          return jStat3.row(arr, i);
        };
        jStat3.col = function col(arr, index) {
          if (isArray(index)) {
            var submat = jStat3.arange(arr.length).map(function() {
              return new Array(index.length);
            });
            index.forEach(function(ind, i2) {
              jStat3.arange(arr.length).forEach(function(j) {
                submat[j][i2] = arr[j][ind];
              });
            });
            return submat;
          }
          var column = new Array(arr.length);
          for (var i = 0; i < arr.length; i++)
            column[i] = [arr[i][index]];
          return column;
        };
        jStat3.cola = function cola(arr, i) {
          return jStat3.col(arr, i).map(function(a) {
            return a[0];
          });
        };
        jStat3.diag = function diag(arr) {
          var nrow = jStat3.rows(arr);
          var res = new Array(nrow);
          for (var row = 0; row < nrow; row++)
            res[row] = [arr[row][row]];
          return res;
        };
        jStat3.antidiag = function antidiag(arr) {
          var nrow = jStat3.rows(arr) - 1;
          var res = new Array(nrow);
          for (var i = 0; nrow >= 0; nrow--, i++)
            res[i] = [arr[i][nrow]];
          return res;
        };
        jStat3.transpose = function transpose(arr) {
          var obj = [];
          var objArr, rows, cols, j, i;
          if (!isArray(arr[0]))
            arr = [arr];
          rows = arr.length;
          cols = arr[0].length;
          for (i = 0; i < cols; i++) {
            objArr = new Array(rows);
            for (j = 0; j < rows; j++)
              objArr[j] = arr[j][i];
            obj.push(objArr);
          }
          return obj.length === 1 ? obj[0] : obj;
        };
        jStat3.map = function map(arr, func, toAlter) {
          var row, nrow, ncol, res, col;
          if (!isArray(arr[0]))
            arr = [arr];
          nrow = arr.length;
          ncol = arr[0].length;
          res = toAlter ? arr : new Array(nrow);
          for (row = 0; row < nrow; row++) {
            if (!res[row])
              res[row] = new Array(ncol);
            for (col = 0; col < ncol; col++)
              res[row][col] = func(arr[row][col], row, col);
          }
          return res.length === 1 ? res[0] : res;
        };
        jStat3.cumreduce = function cumreduce(arr, func, toAlter) {
          var row, nrow, ncol, res, col;
          if (!isArray(arr[0]))
            arr = [arr];
          nrow = arr.length;
          ncol = arr[0].length;
          res = toAlter ? arr : new Array(nrow);
          for (row = 0; row < nrow; row++) {
            if (!res[row])
              res[row] = new Array(ncol);
            if (ncol > 0)
              res[row][0] = arr[row][0];
            for (col = 1; col < ncol; col++)
              res[row][col] = func(res[row][col - 1], arr[row][col]);
          }
          return res.length === 1 ? res[0] : res;
        };
        jStat3.alter = function alter(arr, func) {
          return jStat3.map(arr, func, true);
        };
        jStat3.create = function create(rows, cols, func) {
          var res = new Array(rows);
          var i, j;
          if (isFunction(cols)) {
            func = cols;
            cols = rows;
          }
          for (i = 0; i < rows; i++) {
            res[i] = new Array(cols);
            for (j = 0; j < cols; j++)
              res[i][j] = func(i, j);
          }
          return res;
        };
        function retZero() {
          return 0;
        }
        jStat3.zeros = function zeros(rows, cols) {
          if (!isNumber(cols))
            cols = rows;
          return jStat3.create(rows, cols, retZero);
        };
        function retOne() {
          return 1;
        }
        jStat3.ones = function ones(rows, cols) {
          if (!isNumber(cols))
            cols = rows;
          return jStat3.create(rows, cols, retOne);
        };
        jStat3.rand = function rand(rows, cols) {
          if (!isNumber(cols))
            cols = rows;
          return jStat3.create(rows, cols, jStat3._random_fn);
        };
        function retIdent(i, j) {
          return i === j ? 1 : 0;
        }
        jStat3.identity = function identity(rows, cols) {
          if (!isNumber(cols))
            cols = rows;
          return jStat3.create(rows, cols, retIdent);
        };
        jStat3.symmetric = function symmetric(arr) {
          var size = arr.length;
          var row, col;
          if (arr.length !== arr[0].length)
            return false;
          for (row = 0; row < size; row++) {
            for (col = 0; col < size; col++)
              if (arr[col][row] !== arr[row][col])
                return false;
          }
          return true;
        };
        jStat3.clear = function clear(arr) {
          return jStat3.alter(arr, retZero);
        };
        jStat3.seq = function seq(min, max, length, func) {
          if (!isFunction(func))
            func = false;
          var arr = [];
          var hival = calcRdx(min, max);
          var step = (max * hival - min * hival) / ((length - 1) * hival);
          var current = min;
          var cnt;
          for (cnt = 0; current <= max && cnt < length; cnt++, current = (min * hival + step * hival * cnt) / hival) {
            arr.push(func ? func(current, cnt) : current);
          }
          return arr;
        };
        jStat3.arange = function arange(start, end, step) {
          var rl = [];
          var i;
          step = step || 1;
          if (end === undefined2) {
            end = start;
            start = 0;
          }
          if (start === end || step === 0) {
            return [];
          }
          if (start < end && step < 0) {
            return [];
          }
          if (start > end && step > 0) {
            return [];
          }
          if (step > 0) {
            for (i = start; i < end; i += step) {
              rl.push(i);
            }
          } else {
            for (i = start; i > end; i += step) {
              rl.push(i);
            }
          }
          return rl;
        };
        jStat3.slice = /* @__PURE__ */ (function() {
          function _slice(list, start, end, step) {
            var i;
            var rl = [];
            var length = list.length;
            if (start === undefined2 && end === undefined2 && step === undefined2) {
              return jStat3.copy(list);
            }
            start = start || 0;
            end = end || list.length;
            start = start >= 0 ? start : length + start;
            end = end >= 0 ? end : length + end;
            step = step || 1;
            if (start === end || step === 0) {
              return [];
            }
            if (start < end && step < 0) {
              return [];
            }
            if (start > end && step > 0) {
              return [];
            }
            if (step > 0) {
              for (i = start; i < end; i += step) {
                rl.push(list[i]);
              }
            } else {
              for (i = start; i > end; i += step) {
                rl.push(list[i]);
              }
            }
            return rl;
          }
          function slice2(list, rcSlice) {
            var colSlice, rowSlice;
            rcSlice = rcSlice || {};
            if (isNumber(rcSlice.row)) {
              if (isNumber(rcSlice.col))
                return list[rcSlice.row][rcSlice.col];
              var row = jStat3.rowa(list, rcSlice.row);
              colSlice = rcSlice.col || {};
              return _slice(row, colSlice.start, colSlice.end, colSlice.step);
            }
            if (isNumber(rcSlice.col)) {
              var col = jStat3.cola(list, rcSlice.col);
              rowSlice = rcSlice.row || {};
              return _slice(col, rowSlice.start, rowSlice.end, rowSlice.step);
            }
            rowSlice = rcSlice.row || {};
            colSlice = rcSlice.col || {};
            var rows = _slice(list, rowSlice.start, rowSlice.end, rowSlice.step);
            return rows.map(function(row2) {
              return _slice(row2, colSlice.start, colSlice.end, colSlice.step);
            });
          }
          return slice2;
        })();
        jStat3.sliceAssign = function sliceAssign(A, rcSlice, B) {
          var nl, ml;
          if (isNumber(rcSlice.row)) {
            if (isNumber(rcSlice.col))
              return A[rcSlice.row][rcSlice.col] = B;
            rcSlice.col = rcSlice.col || {};
            rcSlice.col.start = rcSlice.col.start || 0;
            rcSlice.col.end = rcSlice.col.end || A[0].length;
            rcSlice.col.step = rcSlice.col.step || 1;
            nl = jStat3.arange(
              rcSlice.col.start,
              Math2.min(A.length, rcSlice.col.end),
              rcSlice.col.step
            );
            var m = rcSlice.row;
            nl.forEach(function(n2, i) {
              A[m][n2] = B[i];
            });
            return A;
          }
          if (isNumber(rcSlice.col)) {
            rcSlice.row = rcSlice.row || {};
            rcSlice.row.start = rcSlice.row.start || 0;
            rcSlice.row.end = rcSlice.row.end || A.length;
            rcSlice.row.step = rcSlice.row.step || 1;
            ml = jStat3.arange(
              rcSlice.row.start,
              Math2.min(A[0].length, rcSlice.row.end),
              rcSlice.row.step
            );
            var n = rcSlice.col;
            ml.forEach(function(m2, j) {
              A[m2][n] = B[j];
            });
            return A;
          }
          if (B[0].length === undefined2) {
            B = [B];
          }
          rcSlice.row.start = rcSlice.row.start || 0;
          rcSlice.row.end = rcSlice.row.end || A.length;
          rcSlice.row.step = rcSlice.row.step || 1;
          rcSlice.col.start = rcSlice.col.start || 0;
          rcSlice.col.end = rcSlice.col.end || A[0].length;
          rcSlice.col.step = rcSlice.col.step || 1;
          ml = jStat3.arange(
            rcSlice.row.start,
            Math2.min(A.length, rcSlice.row.end),
            rcSlice.row.step
          );
          nl = jStat3.arange(
            rcSlice.col.start,
            Math2.min(A[0].length, rcSlice.col.end),
            rcSlice.col.step
          );
          ml.forEach(function(m2, i) {
            nl.forEach(function(n2, j) {
              A[m2][n2] = B[i][j];
            });
          });
          return A;
        };
        jStat3.diagonal = function diagonal(diagArray) {
          var mat = jStat3.zeros(diagArray.length, diagArray.length);
          diagArray.forEach(function(t, i) {
            mat[i][i] = t;
          });
          return mat;
        };
        jStat3.copy = function copy(A) {
          return A.map(function(row) {
            if (isNumber(row))
              return row;
            return row.map(function(t) {
              return t;
            });
          });
        };
        var jProto = jStat3.prototype;
        jProto.length = 0;
        jProto.push = Array.prototype.push;
        jProto.sort = Array.prototype.sort;
        jProto.splice = Array.prototype.splice;
        jProto.slice = Array.prototype.slice;
        jProto.toArray = function toArray() {
          return this.length > 1 ? slice.call(this) : slice.call(this)[0];
        };
        jProto.map = function map(func, toAlter) {
          return jStat3(jStat3.map(this, func, toAlter));
        };
        jProto.cumreduce = function cumreduce(func, toAlter) {
          return jStat3(jStat3.cumreduce(this, func, toAlter));
        };
        jProto.alter = function alter(func) {
          jStat3.alter(this, func);
          return this;
        };
        (function(funcs) {
          for (var i = 0; i < funcs.length; i++) (function(passfunc) {
            jProto[passfunc] = function(func) {
              var self = this, results;
              if (func) {
                setTimeout(function() {
                  func.call(self, jProto[passfunc].call(self));
                });
                return this;
              }
              results = jStat3[passfunc](this);
              return isArray(results) ? jStat3(results) : results;
            };
          })(funcs[i]);
        })("transpose clear symmetric rows cols dimensions diag antidiag".split(" "));
        (function(funcs) {
          for (var i = 0; i < funcs.length; i++) (function(passfunc) {
            jProto[passfunc] = function(index, func) {
              var self = this;
              if (func) {
                setTimeout(function() {
                  func.call(self, jProto[passfunc].call(self, index));
                });
                return this;
              }
              return jStat3(jStat3[passfunc](this, index));
            };
          })(funcs[i]);
        })("row col".split(" "));
        (function(funcs) {
          for (var i = 0; i < funcs.length; i++) (function(passfunc) {
            jProto[passfunc] = function() {
              return jStat3(jStat3[passfunc].apply(null, arguments));
            };
          })(funcs[i]);
        })("create zeros ones rand identity".split(" "));
        return jStat3;
      })(Math);
      (function(jStat3, Math2) {
        var isFunction = jStat3.utils.isFunction;
        function ascNum(a, b) {
          return a - b;
        }
        function clip(arg, min, max) {
          return Math2.max(min, Math2.min(arg, max));
        }
        jStat3.sum = function sum(arr) {
          var sum2 = 0;
          var i = arr.length;
          while (--i >= 0)
            sum2 += arr[i];
          return sum2;
        };
        jStat3.sumsqrd = function sumsqrd(arr) {
          var sum = 0;
          var i = arr.length;
          while (--i >= 0)
            sum += arr[i] * arr[i];
          return sum;
        };
        jStat3.sumsqerr = function sumsqerr(arr) {
          var mean = jStat3.mean(arr);
          var sum = 0;
          var i = arr.length;
          var tmp;
          while (--i >= 0) {
            tmp = arr[i] - mean;
            sum += tmp * tmp;
          }
          return sum;
        };
        jStat3.sumrow = function sumrow(arr) {
          var sum = 0;
          var i = arr.length;
          while (--i >= 0)
            sum += arr[i];
          return sum;
        };
        jStat3.product = function product(arr) {
          var prod = 1;
          var i = arr.length;
          while (--i >= 0)
            prod *= arr[i];
          return prod;
        };
        jStat3.min = function min(arr) {
          var low = arr[0];
          var i = 0;
          while (++i < arr.length)
            if (arr[i] < low)
              low = arr[i];
          return low;
        };
        jStat3.max = function max(arr) {
          var high = arr[0];
          var i = 0;
          while (++i < arr.length)
            if (arr[i] > high)
              high = arr[i];
          return high;
        };
        jStat3.unique = function unique(arr) {
          var hash = {}, _arr = [];
          for (var i = 0; i < arr.length; i++) {
            if (!hash[arr[i]]) {
              hash[arr[i]] = true;
              _arr.push(arr[i]);
            }
          }
          return _arr;
        };
        jStat3.mean = function mean(arr) {
          return jStat3.sum(arr) / arr.length;
        };
        jStat3.meansqerr = function meansqerr(arr) {
          return jStat3.sumsqerr(arr) / arr.length;
        };
        jStat3.geomean = function geomean(arr) {
          var logs = arr.map(Math2.log);
          var meanOfLogs = jStat3.mean(logs);
          return Math2.exp(meanOfLogs);
        };
        jStat3.median = function median(arr) {
          var arrlen = arr.length;
          var _arr = arr.slice().sort(ascNum);
          return !(arrlen & 1) ? (_arr[arrlen / 2 - 1] + _arr[arrlen / 2]) / 2 : _arr[arrlen / 2 | 0];
        };
        jStat3.cumsum = function cumsum(arr) {
          return jStat3.cumreduce(arr, function(a, b) {
            return a + b;
          });
        };
        jStat3.cumprod = function cumprod(arr) {
          return jStat3.cumreduce(arr, function(a, b) {
            return a * b;
          });
        };
        jStat3.diff = function diff(arr) {
          var diffs = [];
          var arrLen = arr.length;
          var i;
          for (i = 1; i < arrLen; i++)
            diffs.push(arr[i] - arr[i - 1]);
          return diffs;
        };
        jStat3.rank = function(arr) {
          var i;
          var distinctNumbers = [];
          var numberCounts = {};
          for (i = 0; i < arr.length; i++) {
            var number = arr[i];
            if (numberCounts[number]) {
              numberCounts[number]++;
            } else {
              numberCounts[number] = 1;
              distinctNumbers.push(number);
            }
          }
          var sortedDistinctNumbers = distinctNumbers.sort(ascNum);
          var numberRanks = {};
          var currentRank = 1;
          for (i = 0; i < sortedDistinctNumbers.length; i++) {
            var number = sortedDistinctNumbers[i];
            var count = numberCounts[number];
            var first = currentRank;
            var last = currentRank + count - 1;
            var rank = (first + last) / 2;
            numberRanks[number] = rank;
            currentRank += count;
          }
          return arr.map(function(number2) {
            return numberRanks[number2];
          });
        };
        jStat3.mode = function mode(arr) {
          var arrLen = arr.length;
          var _arr = arr.slice().sort(ascNum);
          var count = 1;
          var maxCount = 0;
          var numMaxCount = 0;
          var mode_arr = [];
          var i;
          for (i = 0; i < arrLen; i++) {
            if (_arr[i] === _arr[i + 1]) {
              count++;
            } else {
              if (count > maxCount) {
                mode_arr = [_arr[i]];
                maxCount = count;
                numMaxCount = 0;
              } else if (count === maxCount) {
                mode_arr.push(_arr[i]);
                numMaxCount++;
              }
              count = 1;
            }
          }
          return numMaxCount === 0 ? mode_arr[0] : mode_arr;
        };
        jStat3.range = function range(arr) {
          return jStat3.max(arr) - jStat3.min(arr);
        };
        jStat3.variance = function variance(arr, flag) {
          return jStat3.sumsqerr(arr) / (arr.length - (flag ? 1 : 0));
        };
        jStat3.pooledvariance = function pooledvariance(arr) {
          var sumsqerr = arr.reduce(function(a, samples) {
            return a + jStat3.sumsqerr(samples);
          }, 0);
          var count = arr.reduce(function(a, samples) {
            return a + samples.length;
          }, 0);
          return sumsqerr / (count - arr.length);
        };
        jStat3.deviation = function(arr) {
          var mean = jStat3.mean(arr);
          var arrlen = arr.length;
          var dev = new Array(arrlen);
          for (var i = 0; i < arrlen; i++) {
            dev[i] = arr[i] - mean;
          }
          return dev;
        };
        jStat3.stdev = function stdev(arr, flag) {
          return Math2.sqrt(jStat3.variance(arr, flag));
        };
        jStat3.pooledstdev = function pooledstdev(arr) {
          return Math2.sqrt(jStat3.pooledvariance(arr));
        };
        jStat3.meandev = function meandev(arr) {
          var mean = jStat3.mean(arr);
          var a = [];
          for (var i = arr.length - 1; i >= 0; i--) {
            a.push(Math2.abs(arr[i] - mean));
          }
          return jStat3.mean(a);
        };
        jStat3.meddev = function meddev(arr) {
          var median = jStat3.median(arr);
          var a = [];
          for (var i = arr.length - 1; i >= 0; i--) {
            a.push(Math2.abs(arr[i] - median));
          }
          return jStat3.median(a);
        };
        jStat3.coeffvar = function coeffvar(arr) {
          return jStat3.stdev(arr) / jStat3.mean(arr);
        };
        jStat3.quartiles = function quartiles(arr) {
          var arrlen = arr.length;
          var _arr = arr.slice().sort(ascNum);
          return [
            _arr[Math2.round(arrlen / 4) - 1],
            _arr[Math2.round(arrlen / 2) - 1],
            _arr[Math2.round(arrlen * 3 / 4) - 1]
          ];
        };
        jStat3.quantiles = function quantiles(arr, quantilesArray, alphap, betap) {
          var sortedArray = arr.slice().sort(ascNum);
          var quantileVals = [quantilesArray.length];
          var n = arr.length;
          var i, p, m, aleph, k, gamma;
          if (typeof alphap === "undefined")
            alphap = 3 / 8;
          if (typeof betap === "undefined")
            betap = 3 / 8;
          for (i = 0; i < quantilesArray.length; i++) {
            p = quantilesArray[i];
            m = alphap + p * (1 - alphap - betap);
            aleph = n * p + m;
            k = Math2.floor(clip(aleph, 1, n - 1));
            gamma = clip(aleph - k, 0, 1);
            quantileVals[i] = (1 - gamma) * sortedArray[k - 1] + gamma * sortedArray[k];
          }
          return quantileVals;
        };
        jStat3.percentile = function percentile(arr, k, exclusive) {
          var _arr = arr.slice().sort(ascNum);
          var realIndex = k * (_arr.length + (exclusive ? 1 : -1)) + (exclusive ? 0 : 1);
          var index = parseInt(realIndex);
          var frac = realIndex - index;
          if (index + 1 < _arr.length) {
            return _arr[index - 1] + frac * (_arr[index] - _arr[index - 1]);
          } else {
            return _arr[index - 1];
          }
        };
        jStat3.percentileOfScore = function percentileOfScore(arr, score, kind) {
          var counter = 0;
          var len = arr.length;
          var strict = false;
          var value, i;
          if (kind === "strict")
            strict = true;
          for (i = 0; i < len; i++) {
            value = arr[i];
            if (strict && value < score || !strict && value <= score) {
              counter++;
            }
          }
          return counter / len;
        };
        jStat3.histogram = function histogram(arr, binCnt) {
          binCnt = binCnt || 4;
          var first = jStat3.min(arr);
          var binWidth = (jStat3.max(arr) - first) / binCnt;
          var len = arr.length;
          var bins = [];
          var i;
          for (i = 0; i < binCnt; i++)
            bins[i] = 0;
          for (i = 0; i < len; i++)
            bins[Math2.min(Math2.floor((arr[i] - first) / binWidth), binCnt - 1)] += 1;
          return bins;
        };
        jStat3.covariance = function covariance(arr1, arr2) {
          var u = jStat3.mean(arr1);
          var v = jStat3.mean(arr2);
          var arr1Len = arr1.length;
          var sq_dev = new Array(arr1Len);
          var i;
          for (i = 0; i < arr1Len; i++)
            sq_dev[i] = (arr1[i] - u) * (arr2[i] - v);
          return jStat3.sum(sq_dev) / (arr1Len - 1);
        };
        jStat3.corrcoeff = function corrcoeff(arr1, arr2) {
          return jStat3.covariance(arr1, arr2) / jStat3.stdev(arr1, 1) / jStat3.stdev(arr2, 1);
        };
        jStat3.spearmancoeff = function(arr1, arr2) {
          arr1 = jStat3.rank(arr1);
          arr2 = jStat3.rank(arr2);
          return jStat3.corrcoeff(arr1, arr2);
        };
        jStat3.stanMoment = function stanMoment(arr, n) {
          var mu = jStat3.mean(arr);
          var sigma = jStat3.stdev(arr);
          var len = arr.length;
          var skewSum = 0;
          for (var i = 0; i < len; i++)
            skewSum += Math2.pow((arr[i] - mu) / sigma, n);
          return skewSum / arr.length;
        };
        jStat3.skewness = function skewness(arr) {
          return jStat3.stanMoment(arr, 3);
        };
        jStat3.kurtosis = function kurtosis(arr) {
          return jStat3.stanMoment(arr, 4) - 3;
        };
        var jProto = jStat3.prototype;
        (function(funcs) {
          for (var i = 0; i < funcs.length; i++) (function(passfunc) {
            jProto[passfunc] = function(fullbool, func) {
              var arr = [];
              var i2 = 0;
              var tmpthis = this;
              if (isFunction(fullbool)) {
                func = fullbool;
                fullbool = false;
              }
              if (func) {
                setTimeout(function() {
                  func.call(tmpthis, jProto[passfunc].call(tmpthis, fullbool));
                });
                return this;
              }
              if (this.length > 1) {
                tmpthis = fullbool === true ? this : this.transpose();
                for (; i2 < tmpthis.length; i2++)
                  arr[i2] = jStat3[passfunc](tmpthis[i2]);
                return arr;
              }
              return jStat3[passfunc](this[0], fullbool);
            };
          })(funcs[i]);
        })("cumsum cumprod".split(" "));
        (function(funcs) {
          for (var i = 0; i < funcs.length; i++) (function(passfunc) {
            jProto[passfunc] = function(fullbool, func) {
              var arr = [];
              var i2 = 0;
              var tmpthis = this;
              if (isFunction(fullbool)) {
                func = fullbool;
                fullbool = false;
              }
              if (func) {
                setTimeout(function() {
                  func.call(tmpthis, jProto[passfunc].call(tmpthis, fullbool));
                });
                return this;
              }
              if (this.length > 1) {
                if (passfunc !== "sumrow")
                  tmpthis = fullbool === true ? this : this.transpose();
                for (; i2 < tmpthis.length; i2++)
                  arr[i2] = jStat3[passfunc](tmpthis[i2]);
                return fullbool === true ? jStat3[passfunc](jStat3.utils.toVector(arr)) : arr;
              }
              return jStat3[passfunc](this[0], fullbool);
            };
          })(funcs[i]);
        })("sum sumsqrd sumsqerr sumrow product min max unique mean meansqerr geomean median diff rank mode range variance deviation stdev meandev meddev coeffvar quartiles histogram skewness kurtosis".split(" "));
        (function(funcs) {
          for (var i = 0; i < funcs.length; i++) (function(passfunc) {
            jProto[passfunc] = function() {
              var arr = [];
              var i2 = 0;
              var tmpthis = this;
              var args = Array.prototype.slice.call(arguments);
              var callbackFunction;
              if (isFunction(args[args.length - 1])) {
                callbackFunction = args[args.length - 1];
                var argsToPass = args.slice(0, args.length - 1);
                setTimeout(function() {
                  callbackFunction.call(
                    tmpthis,
                    jProto[passfunc].apply(tmpthis, argsToPass)
                  );
                });
                return this;
              } else {
                callbackFunction = void 0;
                var curriedFunction = function curriedFunction2(vector) {
                  return jStat3[passfunc].apply(tmpthis, [vector].concat(args));
                };
              }
              if (this.length > 1) {
                tmpthis = tmpthis.transpose();
                for (; i2 < tmpthis.length; i2++)
                  arr[i2] = curriedFunction(tmpthis[i2]);
                return arr;
              }
              return curriedFunction(this[0]);
            };
          })(funcs[i]);
        })("quantiles percentileOfScore".split(" "));
      })(jStat2, Math);
      (function(jStat3, Math2) {
        jStat3.gammaln = function gammaln(x) {
          var j = 0;
          var cof = [
            76.18009172947146,
            -86.50532032941678,
            24.01409824083091,
            -1.231739572450155,
            0.001208650973866179,
            -5395239384953e-18
          ];
          var ser = 1.000000000190015;
          var xx, y, tmp;
          tmp = (y = xx = x) + 5.5;
          tmp -= (xx + 0.5) * Math2.log(tmp);
          for (; j < 6; j++)
            ser += cof[j] / ++y;
          return Math2.log(2.5066282746310007 * ser / xx) - tmp;
        };
        jStat3.loggam = function loggam(x) {
          var x0, x2, xp, gl, gl0;
          var k, n;
          var a = [
            0.08333333333333333,
            -0.002777777777777778,
            7936507936507937e-19,
            -5952380952380952e-19,
            8417508417508418e-19,
            -0.001917526917526918,
            0.00641025641025641,
            -0.02955065359477124,
            0.1796443723688307,
            -1.3924322169059
          ];
          x0 = x;
          n = 0;
          if (x == 1 || x == 2) {
            return 0;
          }
          if (x <= 7) {
            n = Math2.floor(7 - x);
            x0 = x + n;
          }
          x2 = 1 / (x0 * x0);
          xp = 2 * Math2.PI;
          gl0 = a[9];
          for (k = 8; k >= 0; k--) {
            gl0 *= x2;
            gl0 += a[k];
          }
          gl = gl0 / x0 + 0.5 * Math2.log(xp) + (x0 - 0.5) * Math2.log(x0) - x0;
          if (x <= 7) {
            for (k = 1; k <= n; k++) {
              gl -= Math2.log(x0 - 1);
              x0 -= 1;
            }
          }
          return gl;
        };
        jStat3.gammafn = function gammafn(x) {
          var p = [
            -1.716185138865495,
            24.76565080557592,
            -379.80425647094563,
            629.3311553128184,
            866.9662027904133,
            -31451.272968848367,
            -36144.413418691176,
            66456.14382024054
          ];
          var q = [
            -30.8402300119739,
            315.35062697960416,
            -1015.1563674902192,
            -3107.771671572311,
            22538.11842098015,
            4755.846277527881,
            -134659.9598649693,
            -115132.2596755535
          ];
          var fact = false;
          var n = 0;
          var xden = 0;
          var xnum = 0;
          var y = x;
          var i, z, yi, res;
          if (x > 171.6243769536076) {
            return Infinity;
          }
          if (y <= 0) {
            res = y % 1 + 36e-17;
            if (res) {
              fact = (!(y & 1) ? 1 : -1) * Math2.PI / Math2.sin(Math2.PI * res);
              y = 1 - y;
            } else {
              return Infinity;
            }
          }
          yi = y;
          if (y < 1) {
            z = y++;
          } else {
            z = (y -= n = (y | 0) - 1) - 1;
          }
          for (i = 0; i < 8; ++i) {
            xnum = (xnum + p[i]) * z;
            xden = xden * z + q[i];
          }
          res = xnum / xden + 1;
          if (yi < y) {
            res /= yi;
          } else if (yi > y) {
            for (i = 0; i < n; ++i) {
              res *= y;
              y++;
            }
          }
          if (fact) {
            res = fact / res;
          }
          return res;
        };
        jStat3.gammap = function gammap(a, x) {
          return jStat3.lowRegGamma(a, x) * jStat3.gammafn(a);
        };
        jStat3.lowRegGamma = function lowRegGamma(a, x) {
          var aln = jStat3.gammaln(a);
          var ap = a;
          var sum = 1 / a;
          var del = sum;
          var b = x + 1 - a;
          var c = 1 / 1e-30;
          var d = 1 / b;
          var h = d;
          var i = 1;
          var ITMAX = -~(Math2.log(a >= 1 ? a : 1 / a) * 8.5 + a * 0.4 + 17);
          var an;
          if (x < 0 || a <= 0) {
            return NaN;
          } else if (x < a + 1) {
            for (; i <= ITMAX; i++) {
              sum += del *= x / ++ap;
            }
            return sum * Math2.exp(-x + a * Math2.log(x) - aln);
          }
          for (; i <= ITMAX; i++) {
            an = -i * (i - a);
            b += 2;
            d = an * d + b;
            c = b + an / c;
            d = 1 / d;
            h *= d * c;
          }
          return 1 - h * Math2.exp(-x + a * Math2.log(x) - aln);
        };
        jStat3.factorialln = function factorialln(n) {
          return n < 0 ? NaN : jStat3.gammaln(n + 1);
        };
        jStat3.factorial = function factorial(n) {
          return n < 0 ? NaN : jStat3.gammafn(n + 1);
        };
        jStat3.combination = function combination(n, m) {
          return n > 170 || m > 170 ? Math2.exp(jStat3.combinationln(n, m)) : jStat3.factorial(n) / jStat3.factorial(m) / jStat3.factorial(n - m);
        };
        jStat3.combinationln = function combinationln(n, m) {
          return jStat3.factorialln(n) - jStat3.factorialln(m) - jStat3.factorialln(n - m);
        };
        jStat3.permutation = function permutation(n, m) {
          return jStat3.factorial(n) / jStat3.factorial(n - m);
        };
        jStat3.betafn = function betafn(x, y) {
          if (x <= 0 || y <= 0)
            return void 0;
          return x + y > 170 ? Math2.exp(jStat3.betaln(x, y)) : jStat3.gammafn(x) * jStat3.gammafn(y) / jStat3.gammafn(x + y);
        };
        jStat3.betaln = function betaln(x, y) {
          return jStat3.gammaln(x) + jStat3.gammaln(y) - jStat3.gammaln(x + y);
        };
        jStat3.betacf = function betacf(x, a, b) {
          var fpmin = 1e-30;
          var m = 1;
          var qab = a + b;
          var qap = a + 1;
          var qam = a - 1;
          var c = 1;
          var d = 1 - qab * x / qap;
          var m2, aa, del, h;
          if (Math2.abs(d) < fpmin)
            d = fpmin;
          d = 1 / d;
          h = d;
          for (; m <= 100; m++) {
            m2 = 2 * m;
            aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            if (Math2.abs(d) < fpmin)
              d = fpmin;
            c = 1 + aa / c;
            if (Math2.abs(c) < fpmin)
              c = fpmin;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            if (Math2.abs(d) < fpmin)
              d = fpmin;
            c = 1 + aa / c;
            if (Math2.abs(c) < fpmin)
              c = fpmin;
            d = 1 / d;
            del = d * c;
            h *= del;
            if (Math2.abs(del - 1) < 3e-7)
              break;
          }
          return h;
        };
        jStat3.gammapinv = function gammapinv(p, a) {
          var j = 0;
          var a1 = a - 1;
          var EPS = 1e-8;
          var gln = jStat3.gammaln(a);
          var x, err, t, u, pp, lna1, afac;
          if (p >= 1)
            return Math2.max(100, a + 100 * Math2.sqrt(a));
          if (p <= 0)
            return 0;
          if (a > 1) {
            lna1 = Math2.log(a1);
            afac = Math2.exp(a1 * (lna1 - 1) - gln);
            pp = p < 0.5 ? p : 1 - p;
            t = Math2.sqrt(-2 * Math2.log(pp));
            x = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
            if (p < 0.5)
              x = -x;
            x = Math2.max(
              1e-3,
              a * Math2.pow(1 - 1 / (9 * a) - x / (3 * Math2.sqrt(a)), 3)
            );
          } else {
            t = 1 - a * (0.253 + a * 0.12);
            if (p < t)
              x = Math2.pow(p / t, 1 / a);
            else
              x = 1 - Math2.log(1 - (p - t) / (1 - t));
          }
          for (; j < 12; j++) {
            if (x <= 0)
              return 0;
            err = jStat3.lowRegGamma(a, x) - p;
            if (a > 1)
              t = afac * Math2.exp(-(x - a1) + a1 * (Math2.log(x) - lna1));
            else
              t = Math2.exp(-x + a1 * Math2.log(x) - gln);
            u = err / t;
            x -= t = u / (1 - 0.5 * Math2.min(1, u * ((a - 1) / x - 1)));
            if (x <= 0)
              x = 0.5 * (x + t);
            if (Math2.abs(t) < EPS * x)
              break;
          }
          return x;
        };
        jStat3.erf = function erf(x) {
          var cof = [
            -1.3026537197817094,
            0.6419697923564902,
            0.019476473204185836,
            -0.00956151478680863,
            -946595344482036e-18,
            366839497852761e-18,
            42523324806907e-18,
            -20278578112534e-18,
            -1624290004647e-18,
            130365583558e-17,
            15626441722e-18,
            -85238095915e-18,
            6529054439e-18,
            5059343495e-18,
            -991364156e-18,
            -227365122e-18,
            96467911e-18,
            2394038e-18,
            -6886027e-18,
            894487e-18,
            313092e-18,
            -112708e-18,
            381e-18,
            7106e-18,
            -1523e-18,
            -94e-18,
            121e-18,
            -28e-18
          ];
          var j = cof.length - 1;
          var isneg = false;
          var d = 0;
          var dd = 0;
          var t, ty, tmp, res;
          if (x < 0) {
            x = -x;
            isneg = true;
          }
          t = 2 / (2 + x);
          ty = 4 * t - 2;
          for (; j > 0; j--) {
            tmp = d;
            d = ty * d - dd + cof[j];
            dd = tmp;
          }
          res = t * Math2.exp(-x * x + 0.5 * (cof[0] + ty * d) - dd);
          return isneg ? res - 1 : 1 - res;
        };
        jStat3.erfc = function erfc(x) {
          return 1 - jStat3.erf(x);
        };
        jStat3.erfcinv = function erfcinv(p) {
          var j = 0;
          var x, err, t, pp;
          if (p >= 2)
            return -100;
          if (p <= 0)
            return 100;
          pp = p < 1 ? p : 2 - p;
          t = Math2.sqrt(-2 * Math2.log(pp / 2));
          x = -0.70711 * ((2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t);
          for (; j < 2; j++) {
            err = jStat3.erfc(x) - pp;
            x += err / (1.1283791670955126 * Math2.exp(-x * x) - x * err);
          }
          return p < 1 ? x : -x;
        };
        jStat3.ibetainv = function ibetainv(p, a, b) {
          var EPS = 1e-8;
          var a1 = a - 1;
          var b1 = b - 1;
          var j = 0;
          var lna, lnb, pp, t, u, err, x, al, h, w, afac;
          if (p <= 0)
            return 0;
          if (p >= 1)
            return 1;
          if (a >= 1 && b >= 1) {
            pp = p < 0.5 ? p : 1 - p;
            t = Math2.sqrt(-2 * Math2.log(pp));
            x = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
            if (p < 0.5)
              x = -x;
            al = (x * x - 3) / 6;
            h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
            w = x * Math2.sqrt(al + h) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h));
            x = a / (a + b * Math2.exp(2 * w));
          } else {
            lna = Math2.log(a / (a + b));
            lnb = Math2.log(b / (a + b));
            t = Math2.exp(a * lna) / a;
            u = Math2.exp(b * lnb) / b;
            w = t + u;
            if (p < t / w)
              x = Math2.pow(a * w * p, 1 / a);
            else
              x = 1 - Math2.pow(b * w * (1 - p), 1 / b);
          }
          afac = -jStat3.gammaln(a) - jStat3.gammaln(b) + jStat3.gammaln(a + b);
          for (; j < 10; j++) {
            if (x === 0 || x === 1)
              return x;
            err = jStat3.ibeta(x, a, b) - p;
            t = Math2.exp(a1 * Math2.log(x) + b1 * Math2.log(1 - x) + afac);
            u = err / t;
            x -= t = u / (1 - 0.5 * Math2.min(1, u * (a1 / x - b1 / (1 - x))));
            if (x <= 0)
              x = 0.5 * (x + t);
            if (x >= 1)
              x = 0.5 * (x + t + 1);
            if (Math2.abs(t) < EPS * x && j > 0)
              break;
          }
          return x;
        };
        jStat3.ibeta = function ibeta(x, a, b) {
          var bt = x === 0 || x === 1 ? 0 : Math2.exp(jStat3.gammaln(a + b) - jStat3.gammaln(a) - jStat3.gammaln(b) + a * Math2.log(x) + b * Math2.log(1 - x));
          if (x < 0 || x > 1)
            return false;
          if (x < (a + 1) / (a + b + 2))
            return bt * jStat3.betacf(x, a, b) / a;
          return 1 - bt * jStat3.betacf(1 - x, b, a) / b;
        };
        jStat3.randn = function randn(n, m) {
          var u, v, x, y, q;
          if (!m)
            m = n;
          if (n)
            return jStat3.create(n, m, function() {
              return jStat3.randn();
            });
          do {
            u = jStat3._random_fn();
            v = 1.7156 * (jStat3._random_fn() - 0.5);
            x = u - 0.449871;
            y = Math2.abs(v) + 0.386595;
            q = x * x + y * (0.196 * y - 0.25472 * x);
          } while (q > 0.27597 && (q > 0.27846 || v * v > -4 * Math2.log(u) * u * u));
          return v / u;
        };
        jStat3.randg = function randg(shape, n, m) {
          var oalph = shape;
          var a1, a2, u, v, x, mat;
          if (!m)
            m = n;
          if (!shape)
            shape = 1;
          if (n) {
            mat = jStat3.zeros(n, m);
            mat.alter(function() {
              return jStat3.randg(shape);
            });
            return mat;
          }
          if (shape < 1)
            shape += 1;
          a1 = shape - 1 / 3;
          a2 = 1 / Math2.sqrt(9 * a1);
          do {
            do {
              x = jStat3.randn();
              v = 1 + a2 * x;
            } while (v <= 0);
            v = v * v * v;
            u = jStat3._random_fn();
          } while (u > 1 - 0.331 * Math2.pow(x, 4) && Math2.log(u) > 0.5 * x * x + a1 * (1 - v + Math2.log(v)));
          if (shape == oalph)
            return a1 * v;
          do {
            u = jStat3._random_fn();
          } while (u === 0);
          return Math2.pow(u, 1 / oalph) * a1 * v;
        };
        (function(funcs) {
          for (var i = 0; i < funcs.length; i++) (function(passfunc) {
            jStat3.fn[passfunc] = function() {
              return jStat3(
                jStat3.map(this, function(value) {
                  return jStat3[passfunc](value);
                })
              );
            };
          })(funcs[i]);
        })("gammaln gammafn factorial factorialln".split(" "));
        (function(funcs) {
          for (var i = 0; i < funcs.length; i++) (function(passfunc) {
            jStat3.fn[passfunc] = function() {
              return jStat3(jStat3[passfunc].apply(null, arguments));
            };
          })(funcs[i]);
        })("randn".split(" "));
      })(jStat2, Math);
      (function(jStat3, Math2) {
        (function(list) {
          for (var i = 0; i < list.length; i++) (function(func) {
            jStat3[func] = function f(a, b, c) {
              if (!(this instanceof f))
                return new f(a, b, c);
              this._a = a;
              this._b = b;
              this._c = c;
              return this;
            };
            jStat3.fn[func] = function(a, b, c) {
              var newthis = jStat3[func](a, b, c);
              newthis.data = this;
              return newthis;
            };
            jStat3[func].prototype.sample = function(arr) {
              var a = this._a;
              var b = this._b;
              var c = this._c;
              if (arr)
                return jStat3.alter(arr, function() {
                  return jStat3[func].sample(a, b, c);
                });
              else
                return jStat3[func].sample(a, b, c);
            };
            (function(vals) {
              for (var i2 = 0; i2 < vals.length; i2++) (function(fnfunc) {
                jStat3[func].prototype[fnfunc] = function(x) {
                  var a = this._a;
                  var b = this._b;
                  var c = this._c;
                  if (!x && x !== 0)
                    x = this.data;
                  if (typeof x !== "number") {
                    return jStat3.fn.map.call(x, function(x2) {
                      return jStat3[func][fnfunc](x2, a, b, c);
                    });
                  }
                  return jStat3[func][fnfunc](x, a, b, c);
                };
              })(vals[i2]);
            })("pdf cdf inv".split(" "));
            (function(vals) {
              for (var i2 = 0; i2 < vals.length; i2++) (function(fnfunc) {
                jStat3[func].prototype[fnfunc] = function() {
                  return jStat3[func][fnfunc](this._a, this._b, this._c);
                };
              })(vals[i2]);
            })("mean median mode variance".split(" "));
          })(list[i]);
        })("beta centralF cauchy chisquare exponential gamma invgamma kumaraswamy laplace lognormal noncentralt normal pareto studentt weibull uniform binomial negbin hypgeom poisson triangular tukey arcsine".split(" "));
        jStat3.extend(jStat3.beta, {
          pdf: function pdf(x, alpha, beta) {
            if (x > 1 || x < 0)
              return 0;
            if (alpha == 1 && beta == 1)
              return 1;
            if (alpha < 512 && beta < 512) {
              return Math2.pow(x, alpha - 1) * Math2.pow(1 - x, beta - 1) / jStat3.betafn(alpha, beta);
            } else {
              return Math2.exp((alpha - 1) * Math2.log(x) + (beta - 1) * Math2.log(1 - x) - jStat3.betaln(alpha, beta));
            }
          },
          cdf: function cdf(x, alpha, beta) {
            return x > 1 || x < 0 ? (x > 1) * 1 : jStat3.ibeta(x, alpha, beta);
          },
          inv: function inv(x, alpha, beta) {
            return jStat3.ibetainv(x, alpha, beta);
          },
          mean: function mean(alpha, beta) {
            return alpha / (alpha + beta);
          },
          median: function median(alpha, beta) {
            return jStat3.ibetainv(0.5, alpha, beta);
          },
          mode: function mode(alpha, beta) {
            return (alpha - 1) / (alpha + beta - 2);
          },
          // return a random sample
          sample: function sample(alpha, beta) {
            var u = jStat3.randg(alpha);
            return u / (u + jStat3.randg(beta));
          },
          variance: function variance(alpha, beta) {
            return alpha * beta / (Math2.pow(alpha + beta, 2) * (alpha + beta + 1));
          }
        });
        jStat3.extend(jStat3.centralF, {
          // This implementation of the pdf function avoids float overflow
          // See the way that R calculates this value:
          // https://svn.r-project.org/R/trunk/src/nmath/df.c
          pdf: function pdf(x, df1, df2) {
            var p, q, f;
            if (x < 0)
              return 0;
            if (df1 <= 2) {
              if (x === 0 && df1 < 2) {
                return Infinity;
              }
              if (x === 0 && df1 === 2) {
                return 1;
              }
              return 1 / jStat3.betafn(df1 / 2, df2 / 2) * Math2.pow(df1 / df2, df1 / 2) * Math2.pow(x, df1 / 2 - 1) * Math2.pow(1 + df1 / df2 * x, -(df1 + df2) / 2);
            }
            p = df1 * x / (df2 + x * df1);
            q = df2 / (df2 + x * df1);
            f = df1 * q / 2;
            return f * jStat3.binomial.pdf((df1 - 2) / 2, (df1 + df2 - 2) / 2, p);
          },
          cdf: function cdf(x, df1, df2) {
            if (x < 0)
              return 0;
            return jStat3.ibeta(df1 * x / (df1 * x + df2), df1 / 2, df2 / 2);
          },
          inv: function inv(x, df1, df2) {
            return df2 / (df1 * (1 / jStat3.ibetainv(x, df1 / 2, df2 / 2) - 1));
          },
          mean: function mean(df1, df2) {
            return df2 > 2 ? df2 / (df2 - 2) : void 0;
          },
          mode: function mode(df1, df2) {
            return df1 > 2 ? df2 * (df1 - 2) / (df1 * (df2 + 2)) : void 0;
          },
          // return a random sample
          sample: function sample(df1, df2) {
            var x1 = jStat3.randg(df1 / 2) * 2;
            var x2 = jStat3.randg(df2 / 2) * 2;
            return x1 / df1 / (x2 / df2);
          },
          variance: function variance(df1, df2) {
            if (df2 <= 4)
              return void 0;
            return 2 * df2 * df2 * (df1 + df2 - 2) / (df1 * (df2 - 2) * (df2 - 2) * (df2 - 4));
          }
        });
        jStat3.extend(jStat3.cauchy, {
          pdf: function pdf(x, local, scale) {
            if (scale < 0) {
              return 0;
            }
            return scale / (Math2.pow(x - local, 2) + Math2.pow(scale, 2)) / Math2.PI;
          },
          cdf: function cdf(x, local, scale) {
            return Math2.atan((x - local) / scale) / Math2.PI + 0.5;
          },
          inv: function(p, local, scale) {
            return local + scale * Math2.tan(Math2.PI * (p - 0.5));
          },
          median: function median(local) {
            return local;
          },
          mode: function mode(local) {
            return local;
          },
          sample: function sample(local, scale) {
            return jStat3.randn() * Math2.sqrt(1 / (2 * jStat3.randg(0.5))) * scale + local;
          }
        });
        jStat3.extend(jStat3.chisquare, {
          pdf: function pdf(x, dof) {
            if (x < 0)
              return 0;
            return x === 0 && dof === 2 ? 0.5 : Math2.exp((dof / 2 - 1) * Math2.log(x) - x / 2 - dof / 2 * Math2.log(2) - jStat3.gammaln(dof / 2));
          },
          cdf: function cdf(x, dof) {
            if (x < 0)
              return 0;
            return jStat3.lowRegGamma(dof / 2, x / 2);
          },
          inv: function(p, dof) {
            return 2 * jStat3.gammapinv(p, 0.5 * dof);
          },
          mean: function(dof) {
            return dof;
          },
          // TODO: this is an approximation (is there a better way?)
          median: function median(dof) {
            return dof * Math2.pow(1 - 2 / (9 * dof), 3);
          },
          mode: function mode(dof) {
            return dof - 2 > 0 ? dof - 2 : 0;
          },
          sample: function sample(dof) {
            return jStat3.randg(dof / 2) * 2;
          },
          variance: function variance(dof) {
            return 2 * dof;
          }
        });
        jStat3.extend(jStat3.exponential, {
          pdf: function pdf(x, rate) {
            return x < 0 ? 0 : rate * Math2.exp(-rate * x);
          },
          cdf: function cdf(x, rate) {
            return x < 0 ? 0 : 1 - Math2.exp(-rate * x);
          },
          inv: function(p, rate) {
            return -Math2.log(1 - p) / rate;
          },
          mean: function(rate) {
            return 1 / rate;
          },
          median: function(rate) {
            return 1 / rate * Math2.log(2);
          },
          mode: function mode() {
            return 0;
          },
          sample: function sample(rate) {
            return -1 / rate * Math2.log(jStat3._random_fn());
          },
          variance: function(rate) {
            return Math2.pow(rate, -2);
          }
        });
        jStat3.extend(jStat3.gamma, {
          pdf: function pdf(x, shape, scale) {
            if (x < 0)
              return 0;
            return x === 0 && shape === 1 ? 1 / scale : Math2.exp((shape - 1) * Math2.log(x) - x / scale - jStat3.gammaln(shape) - shape * Math2.log(scale));
          },
          cdf: function cdf(x, shape, scale) {
            if (x < 0)
              return 0;
            return jStat3.lowRegGamma(shape, x / scale);
          },
          inv: function(p, shape, scale) {
            return jStat3.gammapinv(p, shape) * scale;
          },
          mean: function(shape, scale) {
            return shape * scale;
          },
          mode: function mode(shape, scale) {
            if (shape > 1) return (shape - 1) * scale;
            return void 0;
          },
          sample: function sample(shape, scale) {
            return jStat3.randg(shape) * scale;
          },
          variance: function variance(shape, scale) {
            return shape * scale * scale;
          }
        });
        jStat3.extend(jStat3.invgamma, {
          pdf: function pdf(x, shape, scale) {
            if (x <= 0)
              return 0;
            return Math2.exp(-(shape + 1) * Math2.log(x) - scale / x - jStat3.gammaln(shape) + shape * Math2.log(scale));
          },
          cdf: function cdf(x, shape, scale) {
            if (x <= 0)
              return 0;
            return 1 - jStat3.lowRegGamma(shape, scale / x);
          },
          inv: function(p, shape, scale) {
            return scale / jStat3.gammapinv(1 - p, shape);
          },
          mean: function(shape, scale) {
            return shape > 1 ? scale / (shape - 1) : void 0;
          },
          mode: function mode(shape, scale) {
            return scale / (shape + 1);
          },
          sample: function sample(shape, scale) {
            return scale / jStat3.randg(shape);
          },
          variance: function variance(shape, scale) {
            if (shape <= 2)
              return void 0;
            return scale * scale / ((shape - 1) * (shape - 1) * (shape - 2));
          }
        });
        jStat3.extend(jStat3.kumaraswamy, {
          pdf: function pdf(x, alpha, beta) {
            if (x === 0 && alpha === 1)
              return beta;
            else if (x === 1 && beta === 1)
              return alpha;
            return Math2.exp(Math2.log(alpha) + Math2.log(beta) + (alpha - 1) * Math2.log(x) + (beta - 1) * Math2.log(1 - Math2.pow(x, alpha)));
          },
          cdf: function cdf(x, alpha, beta) {
            if (x < 0)
              return 0;
            else if (x > 1)
              return 1;
            return 1 - Math2.pow(1 - Math2.pow(x, alpha), beta);
          },
          inv: function inv(p, alpha, beta) {
            return Math2.pow(1 - Math2.pow(1 - p, 1 / beta), 1 / alpha);
          },
          mean: function(alpha, beta) {
            return beta * jStat3.gammafn(1 + 1 / alpha) * jStat3.gammafn(beta) / jStat3.gammafn(1 + 1 / alpha + beta);
          },
          median: function median(alpha, beta) {
            return Math2.pow(1 - Math2.pow(2, -1 / beta), 1 / alpha);
          },
          mode: function mode(alpha, beta) {
            if (!(alpha >= 1 && beta >= 1 && (alpha !== 1 && beta !== 1)))
              return void 0;
            return Math2.pow((alpha - 1) / (alpha * beta - 1), 1 / alpha);
          },
          variance: function variance() {
            throw new Error("variance not yet implemented");
          }
        });
        jStat3.extend(jStat3.lognormal, {
          pdf: function pdf(x, mu, sigma) {
            if (x <= 0)
              return 0;
            return Math2.exp(-Math2.log(x) - 0.5 * Math2.log(2 * Math2.PI) - Math2.log(sigma) - Math2.pow(Math2.log(x) - mu, 2) / (2 * sigma * sigma));
          },
          cdf: function cdf(x, mu, sigma) {
            if (x < 0)
              return 0;
            return 0.5 + 0.5 * jStat3.erf((Math2.log(x) - mu) / Math2.sqrt(2 * sigma * sigma));
          },
          inv: function(p, mu, sigma) {
            return Math2.exp(-1.4142135623730951 * sigma * jStat3.erfcinv(2 * p) + mu);
          },
          mean: function mean(mu, sigma) {
            return Math2.exp(mu + sigma * sigma / 2);
          },
          median: function median(mu) {
            return Math2.exp(mu);
          },
          mode: function mode(mu, sigma) {
            return Math2.exp(mu - sigma * sigma);
          },
          sample: function sample(mu, sigma) {
            return Math2.exp(jStat3.randn() * sigma + mu);
          },
          variance: function variance(mu, sigma) {
            return (Math2.exp(sigma * sigma) - 1) * Math2.exp(2 * mu + sigma * sigma);
          }
        });
        jStat3.extend(jStat3.noncentralt, {
          pdf: function pdf(x, dof, ncp) {
            var tol = 1e-14;
            if (Math2.abs(ncp) < tol)
              return jStat3.studentt.pdf(x, dof);
            if (Math2.abs(x) < tol) {
              return Math2.exp(jStat3.gammaln((dof + 1) / 2) - ncp * ncp / 2 - 0.5 * Math2.log(Math2.PI * dof) - jStat3.gammaln(dof / 2));
            }
            return dof / x * (jStat3.noncentralt.cdf(x * Math2.sqrt(1 + 2 / dof), dof + 2, ncp) - jStat3.noncentralt.cdf(x, dof, ncp));
          },
          cdf: function cdf(x, dof, ncp) {
            var tol = 1e-14;
            var min_iterations = 200;
            if (Math2.abs(ncp) < tol)
              return jStat3.studentt.cdf(x, dof);
            var flip = false;
            if (x < 0) {
              flip = true;
              ncp = -ncp;
            }
            var prob = jStat3.normal.cdf(-ncp, 0, 1);
            var value = tol + 1;
            var lastvalue = value;
            var y = x * x / (x * x + dof);
            var j = 0;
            var p = Math2.exp(-ncp * ncp / 2);
            var q = Math2.exp(-ncp * ncp / 2 - 0.5 * Math2.log(2) - jStat3.gammaln(3 / 2)) * ncp;
            while (j < min_iterations || lastvalue > tol || value > tol) {
              lastvalue = value;
              if (j > 0) {
                p *= ncp * ncp / (2 * j);
                q *= ncp * ncp / (2 * (j + 1 / 2));
              }
              value = p * jStat3.beta.cdf(y, j + 0.5, dof / 2) + q * jStat3.beta.cdf(y, j + 1, dof / 2);
              prob += 0.5 * value;
              j++;
            }
            return flip ? 1 - prob : prob;
          }
        });
        jStat3.extend(jStat3.normal, {
          pdf: function pdf(x, mean, std) {
            return Math2.exp(-0.5 * Math2.log(2 * Math2.PI) - Math2.log(std) - Math2.pow(x - mean, 2) / (2 * std * std));
          },
          cdf: function cdf(x, mean, std) {
            return 0.5 * (1 + jStat3.erf((x - mean) / Math2.sqrt(2 * std * std)));
          },
          inv: function(p, mean, std) {
            return -1.4142135623730951 * std * jStat3.erfcinv(2 * p) + mean;
          },
          mean: function(mean) {
            return mean;
          },
          median: function median(mean) {
            return mean;
          },
          mode: function(mean) {
            return mean;
          },
          sample: function sample(mean, std) {
            return jStat3.randn() * std + mean;
          },
          variance: function(mean, std) {
            return std * std;
          }
        });
        jStat3.extend(jStat3.pareto, {
          pdf: function pdf(x, scale, shape) {
            if (x < scale)
              return 0;
            return shape * Math2.pow(scale, shape) / Math2.pow(x, shape + 1);
          },
          cdf: function cdf(x, scale, shape) {
            if (x < scale)
              return 0;
            return 1 - Math2.pow(scale / x, shape);
          },
          inv: function inv(p, scale, shape) {
            return scale / Math2.pow(1 - p, 1 / shape);
          },
          mean: function mean(scale, shape) {
            if (shape <= 1)
              return void 0;
            return shape * Math2.pow(scale, shape) / (shape - 1);
          },
          median: function median(scale, shape) {
            return scale * (shape * Math2.SQRT2);
          },
          mode: function mode(scale) {
            return scale;
          },
          variance: function(scale, shape) {
            if (shape <= 2)
              return void 0;
            return scale * scale * shape / (Math2.pow(shape - 1, 2) * (shape - 2));
          }
        });
        jStat3.extend(jStat3.studentt, {
          pdf: function pdf(x, dof) {
            dof = dof > 1e100 ? 1e100 : dof;
            return 1 / (Math2.sqrt(dof) * jStat3.betafn(0.5, dof / 2)) * Math2.pow(1 + x * x / dof, -((dof + 1) / 2));
          },
          cdf: function cdf(x, dof) {
            var dof2 = dof / 2;
            return jStat3.ibeta((x + Math2.sqrt(x * x + dof)) / (2 * Math2.sqrt(x * x + dof)), dof2, dof2);
          },
          inv: function(p, dof) {
            var x = jStat3.ibetainv(2 * Math2.min(p, 1 - p), 0.5 * dof, 0.5);
            x = Math2.sqrt(dof * (1 - x) / x);
            return p > 0.5 ? x : -x;
          },
          mean: function mean(dof) {
            return dof > 1 ? 0 : void 0;
          },
          median: function median() {
            return 0;
          },
          mode: function mode() {
            return 0;
          },
          sample: function sample(dof) {
            return jStat3.randn() * Math2.sqrt(dof / (2 * jStat3.randg(dof / 2)));
          },
          variance: function variance(dof) {
            return dof > 2 ? dof / (dof - 2) : dof > 1 ? Infinity : void 0;
          }
        });
        jStat3.extend(jStat3.weibull, {
          pdf: function pdf(x, scale, shape) {
            if (x < 0 || scale < 0 || shape < 0)
              return 0;
            return shape / scale * Math2.pow(x / scale, shape - 1) * Math2.exp(-Math2.pow(x / scale, shape));
          },
          cdf: function cdf(x, scale, shape) {
            return x < 0 ? 0 : 1 - Math2.exp(-Math2.pow(x / scale, shape));
          },
          inv: function(p, scale, shape) {
            return scale * Math2.pow(-Math2.log(1 - p), 1 / shape);
          },
          mean: function(scale, shape) {
            return scale * jStat3.gammafn(1 + 1 / shape);
          },
          median: function median(scale, shape) {
            return scale * Math2.pow(Math2.log(2), 1 / shape);
          },
          mode: function mode(scale, shape) {
            if (shape <= 1)
              return 0;
            return scale * Math2.pow((shape - 1) / shape, 1 / shape);
          },
          sample: function sample(scale, shape) {
            return scale * Math2.pow(-Math2.log(jStat3._random_fn()), 1 / shape);
          },
          variance: function variance(scale, shape) {
            return scale * scale * jStat3.gammafn(1 + 2 / shape) - Math2.pow(jStat3.weibull.mean(scale, shape), 2);
          }
        });
        jStat3.extend(jStat3.uniform, {
          pdf: function pdf(x, a, b) {
            return x < a || x > b ? 0 : 1 / (b - a);
          },
          cdf: function cdf(x, a, b) {
            if (x < a)
              return 0;
            else if (x < b)
              return (x - a) / (b - a);
            return 1;
          },
          inv: function(p, a, b) {
            return a + p * (b - a);
          },
          mean: function mean(a, b) {
            return 0.5 * (a + b);
          },
          median: function median(a, b) {
            return jStat3.mean(a, b);
          },
          mode: function mode() {
            throw new Error("mode is not yet implemented");
          },
          sample: function sample(a, b) {
            return a / 2 + b / 2 + (b / 2 - a / 2) * (2 * jStat3._random_fn() - 1);
          },
          variance: function variance(a, b) {
            return Math2.pow(b - a, 2) / 12;
          }
        });
        function betinc(x, a, b, eps) {
          var a0 = 0;
          var b0 = 1;
          var a1 = 1;
          var b1 = 1;
          var m9 = 0;
          var a2 = 0;
          var c9;
          while (Math2.abs((a1 - a2) / a1) > eps) {
            a2 = a1;
            c9 = -(a + m9) * (a + b + m9) * x / (a + 2 * m9) / (a + 2 * m9 + 1);
            a0 = a1 + c9 * a0;
            b0 = b1 + c9 * b0;
            m9 = m9 + 1;
            c9 = m9 * (b - m9) * x / (a + 2 * m9 - 1) / (a + 2 * m9);
            a1 = a0 + c9 * a1;
            b1 = b0 + c9 * b1;
            a0 = a0 / b1;
            b0 = b0 / b1;
            a1 = a1 / b1;
            b1 = 1;
          }
          return a1 / a;
        }
        jStat3.extend(jStat3.binomial, {
          pdf: function pdf(k, n, p) {
            return p === 0 || p === 1 ? n * p === k ? 1 : 0 : jStat3.combination(n, k) * Math2.pow(p, k) * Math2.pow(1 - p, n - k);
          },
          cdf: function cdf(x, n, p) {
            var betacdf;
            var eps = 1e-10;
            if (x < 0)
              return 0;
            if (x >= n)
              return 1;
            if (p < 0 || p > 1 || n <= 0)
              return NaN;
            x = Math2.floor(x);
            var z = p;
            var a = x + 1;
            var b = n - x;
            var s = a + b;
            var bt = Math2.exp(jStat3.gammaln(s) - jStat3.gammaln(b) - jStat3.gammaln(a) + a * Math2.log(z) + b * Math2.log(1 - z));
            if (z < (a + 1) / (s + 2))
              betacdf = bt * betinc(z, a, b, eps);
            else
              betacdf = 1 - bt * betinc(1 - z, b, a, eps);
            return Math2.round((1 - betacdf) * (1 / eps)) / (1 / eps);
          }
        });
        jStat3.extend(jStat3.negbin, {
          pdf: function pdf(k, r, p) {
            if (k !== k >>> 0)
              return false;
            if (k < 0)
              return 0;
            return jStat3.combination(k + r - 1, r - 1) * Math2.pow(1 - p, k) * Math2.pow(p, r);
          },
          cdf: function cdf(x, r, p) {
            var sum = 0, k = 0;
            if (x < 0) return 0;
            for (; k <= x; k++) {
              sum += jStat3.negbin.pdf(k, r, p);
            }
            return sum;
          }
        });
        jStat3.extend(jStat3.hypgeom, {
          pdf: function pdf(k, N, m, n) {
            if (k !== k | 0) {
              return false;
            } else if (k < 0 || k < m - (N - n)) {
              return 0;
            } else if (k > n || k > m) {
              return 0;
            } else if (m * 2 > N) {
              if (n * 2 > N) {
                return jStat3.hypgeom.pdf(N - m - n + k, N, N - m, N - n);
              } else {
                return jStat3.hypgeom.pdf(n - k, N, N - m, n);
              }
            } else if (n * 2 > N) {
              return jStat3.hypgeom.pdf(m - k, N, m, N - n);
            } else if (m < n) {
              return jStat3.hypgeom.pdf(k, N, n, m);
            } else {
              var scaledPDF = 1;
              var samplesDone = 0;
              for (var i = 0; i < k; i++) {
                while (scaledPDF > 1 && samplesDone < n) {
                  scaledPDF *= 1 - m / (N - samplesDone);
                  samplesDone++;
                }
                scaledPDF *= (n - i) * (m - i) / ((i + 1) * (N - m - n + i + 1));
              }
              for (; samplesDone < n; samplesDone++) {
                scaledPDF *= 1 - m / (N - samplesDone);
              }
              return Math2.min(1, Math2.max(0, scaledPDF));
            }
          },
          cdf: function cdf(x, N, m, n) {
            if (x < 0 || x < m - (N - n)) {
              return 0;
            } else if (x >= n || x >= m) {
              return 1;
            } else if (m * 2 > N) {
              if (n * 2 > N) {
                return jStat3.hypgeom.cdf(N - m - n + x, N, N - m, N - n);
              } else {
                return 1 - jStat3.hypgeom.cdf(n - x - 1, N, N - m, n);
              }
            } else if (n * 2 > N) {
              return 1 - jStat3.hypgeom.cdf(m - x - 1, N, m, N - n);
            } else if (m < n) {
              return jStat3.hypgeom.cdf(x, N, n, m);
            } else {
              var scaledCDF = 1;
              var scaledPDF = 1;
              var samplesDone = 0;
              for (var i = 0; i < x; i++) {
                while (scaledCDF > 1 && samplesDone < n) {
                  var factor = 1 - m / (N - samplesDone);
                  scaledPDF *= factor;
                  scaledCDF *= factor;
                  samplesDone++;
                }
                scaledPDF *= (n - i) * (m - i) / ((i + 1) * (N - m - n + i + 1));
                scaledCDF += scaledPDF;
              }
              for (; samplesDone < n; samplesDone++) {
                scaledCDF *= 1 - m / (N - samplesDone);
              }
              return Math2.min(1, Math2.max(0, scaledCDF));
            }
          }
        });
        jStat3.extend(jStat3.poisson, {
          pdf: function pdf(k, l) {
            if (l < 0 || k % 1 !== 0 || k < 0) {
              return 0;
            }
            return Math2.pow(l, k) * Math2.exp(-l) / jStat3.factorial(k);
          },
          cdf: function cdf(x, l) {
            var sumarr = [], k = 0;
            if (x < 0) return 0;
            for (; k <= x; k++) {
              sumarr.push(jStat3.poisson.pdf(k, l));
            }
            return jStat3.sum(sumarr);
          },
          mean: function(l) {
            return l;
          },
          variance: function(l) {
            return l;
          },
          sampleSmall: function sampleSmall(l) {
            var p = 1, k = 0, L = Math2.exp(-l);
            do {
              k++;
              p *= jStat3._random_fn();
            } while (p > L);
            return k - 1;
          },
          sampleLarge: function sampleLarge(l) {
            var lam = l;
            var k;
            var U, V, slam, loglam, a, b, invalpha, vr, us;
            slam = Math2.sqrt(lam);
            loglam = Math2.log(lam);
            b = 0.931 + 2.53 * slam;
            a = -0.059 + 0.02483 * b;
            invalpha = 1.1239 + 1.1328 / (b - 3.4);
            vr = 0.9277 - 3.6224 / (b - 2);
            while (1) {
              U = Math2.random() - 0.5;
              V = Math2.random();
              us = 0.5 - Math2.abs(U);
              k = Math2.floor((2 * a / us + b) * U + lam + 0.43);
              if (us >= 0.07 && V <= vr) {
                return k;
              }
              if (k < 0 || us < 0.013 && V > us) {
                continue;
              }
              if (Math2.log(V) + Math2.log(invalpha) - Math2.log(a / (us * us) + b) <= -lam + k * loglam - jStat3.loggam(k + 1)) {
                return k;
              }
            }
          },
          sample: function sample(l) {
            if (l < 10)
              return this.sampleSmall(l);
            else
              return this.sampleLarge(l);
          }
        });
        jStat3.extend(jStat3.triangular, {
          pdf: function pdf(x, a, b, c) {
            if (b <= a || c < a || c > b) {
              return NaN;
            } else {
              if (x < a || x > b) {
                return 0;
              } else if (x < c) {
                return 2 * (x - a) / ((b - a) * (c - a));
              } else if (x === c) {
                return 2 / (b - a);
              } else {
                return 2 * (b - x) / ((b - a) * (b - c));
              }
            }
          },
          cdf: function cdf(x, a, b, c) {
            if (b <= a || c < a || c > b)
              return NaN;
            if (x <= a)
              return 0;
            else if (x >= b)
              return 1;
            if (x <= c)
              return Math2.pow(x - a, 2) / ((b - a) * (c - a));
            else
              return 1 - Math2.pow(b - x, 2) / ((b - a) * (b - c));
          },
          inv: function inv(p, a, b, c) {
            if (b <= a || c < a || c > b) {
              return NaN;
            } else {
              if (p <= (c - a) / (b - a)) {
                return a + (b - a) * Math2.sqrt(p * ((c - a) / (b - a)));
              } else {
                return a + (b - a) * (1 - Math2.sqrt((1 - p) * (1 - (c - a) / (b - a))));
              }
            }
          },
          mean: function mean(a, b, c) {
            return (a + b + c) / 3;
          },
          median: function median(a, b, c) {
            if (c <= (a + b) / 2) {
              return b - Math2.sqrt((b - a) * (b - c)) / Math2.sqrt(2);
            } else if (c > (a + b) / 2) {
              return a + Math2.sqrt((b - a) * (c - a)) / Math2.sqrt(2);
            }
          },
          mode: function mode(a, b, c) {
            return c;
          },
          sample: function sample(a, b, c) {
            var u = jStat3._random_fn();
            if (u < (c - a) / (b - a))
              return a + Math2.sqrt(u * (b - a) * (c - a));
            return b - Math2.sqrt((1 - u) * (b - a) * (b - c));
          },
          variance: function variance(a, b, c) {
            return (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
          }
        });
        jStat3.extend(jStat3.arcsine, {
          pdf: function pdf(x, a, b) {
            if (b <= a) return NaN;
            return x <= a || x >= b ? 0 : 2 / Math2.PI * Math2.pow(Math2.pow(b - a, 2) - Math2.pow(2 * x - a - b, 2), -0.5);
          },
          cdf: function cdf(x, a, b) {
            if (x < a)
              return 0;
            else if (x < b)
              return 2 / Math2.PI * Math2.asin(Math2.sqrt((x - a) / (b - a)));
            return 1;
          },
          inv: function(p, a, b) {
            return a + (0.5 - 0.5 * Math2.cos(Math2.PI * p)) * (b - a);
          },
          mean: function mean(a, b) {
            if (b <= a) return NaN;
            return (a + b) / 2;
          },
          median: function median(a, b) {
            if (b <= a) return NaN;
            return (a + b) / 2;
          },
          mode: function mode() {
            throw new Error("mode is not yet implemented");
          },
          sample: function sample(a, b) {
            return (a + b) / 2 + (b - a) / 2 * Math2.sin(2 * Math2.PI * jStat3.uniform.sample(0, 1));
          },
          variance: function variance(a, b) {
            if (b <= a) return NaN;
            return Math2.pow(b - a, 2) / 8;
          }
        });
        function laplaceSign(x) {
          return x / Math2.abs(x);
        }
        jStat3.extend(jStat3.laplace, {
          pdf: function pdf(x, mu, b) {
            return b <= 0 ? 0 : Math2.exp(-Math2.abs(x - mu) / b) / (2 * b);
          },
          cdf: function cdf(x, mu, b) {
            if (b <= 0) {
              return 0;
            }
            if (x < mu) {
              return 0.5 * Math2.exp((x - mu) / b);
            } else {
              return 1 - 0.5 * Math2.exp(-(x - mu) / b);
            }
          },
          mean: function(mu) {
            return mu;
          },
          median: function(mu) {
            return mu;
          },
          mode: function(mu) {
            return mu;
          },
          variance: function(mu, b) {
            return 2 * b * b;
          },
          sample: function sample(mu, b) {
            var u = jStat3._random_fn() - 0.5;
            return mu - b * laplaceSign(u) * Math2.log(1 - 2 * Math2.abs(u));
          }
        });
        function tukeyWprob(w, rr, cc) {
          var nleg = 12;
          var ihalf = 6;
          var C1 = -30;
          var C2 = -50;
          var C3 = 60;
          var bb = 8;
          var wlar = 3;
          var wincr1 = 2;
          var wincr2 = 3;
          var xleg = [
            0.9815606342467192,
            0.9041172563704749,
            0.7699026741943047,
            0.5873179542866175,
            0.3678314989981802,
            0.1252334085114689
          ];
          var aleg = [
            0.04717533638651183,
            0.10693932599531843,
            0.16007832854334622,
            0.20316742672306592,
            0.2334925365383548,
            0.24914704581340277
          ];
          var qsqz = w * 0.5;
          if (qsqz >= bb)
            return 1;
          var pr_w = 2 * jStat3.normal.cdf(qsqz, 0, 1, 1, 0) - 1;
          if (pr_w >= Math2.exp(C2 / cc))
            pr_w = Math2.pow(pr_w, cc);
          else
            pr_w = 0;
          var wincr;
          if (w > wlar)
            wincr = wincr1;
          else
            wincr = wincr2;
          var blb = qsqz;
          var binc = (bb - qsqz) / wincr;
          var bub = blb + binc;
          var einsum = 0;
          var cc1 = cc - 1;
          for (var wi = 1; wi <= wincr; wi++) {
            var elsum = 0;
            var a = 0.5 * (bub + blb);
            var b = 0.5 * (bub - blb);
            for (var jj = 1; jj <= nleg; jj++) {
              var j, xx;
              if (ihalf < jj) {
                j = nleg - jj + 1;
                xx = xleg[j - 1];
              } else {
                j = jj;
                xx = -xleg[j - 1];
              }
              var c = b * xx;
              var ac = a + c;
              var qexpo = ac * ac;
              if (qexpo > C3)
                break;
              var pplus = 2 * jStat3.normal.cdf(ac, 0, 1, 1, 0);
              var pminus = 2 * jStat3.normal.cdf(ac, w, 1, 1, 0);
              var rinsum = pplus * 0.5 - pminus * 0.5;
              if (rinsum >= Math2.exp(C1 / cc1)) {
                rinsum = aleg[j - 1] * Math2.exp(-(0.5 * qexpo)) * Math2.pow(rinsum, cc1);
                elsum += rinsum;
              }
            }
            elsum *= 2 * b * cc / Math2.sqrt(2 * Math2.PI);
            einsum += elsum;
            blb = bub;
            bub += binc;
          }
          pr_w += einsum;
          if (pr_w <= Math2.exp(C1 / rr))
            return 0;
          pr_w = Math2.pow(pr_w, rr);
          if (pr_w >= 1)
            return 1;
          return pr_w;
        }
        function tukeyQinv(p, c, v) {
          var p0 = 0.322232421088;
          var q0 = 0.099348462606;
          var p1 = -1;
          var q1 = 0.588581570495;
          var p2 = -0.342242088547;
          var q2 = 0.531103462366;
          var p3 = -0.204231210125;
          var q3 = 0.10353775285;
          var p4 = -453642210148e-16;
          var q4 = 0.0038560700634;
          var c1 = 0.8832;
          var c2 = 0.2368;
          var c3 = 1.214;
          var c4 = 1.208;
          var c5 = 1.4142;
          var vmax = 120;
          var ps = 0.5 - 0.5 * p;
          var yi = Math2.sqrt(Math2.log(1 / (ps * ps)));
          var t = yi + ((((yi * p4 + p3) * yi + p2) * yi + p1) * yi + p0) / ((((yi * q4 + q3) * yi + q2) * yi + q1) * yi + q0);
          if (v < vmax) t += (t * t * t + t) / v / 4;
          var q = c1 - c2 * t;
          if (v < vmax) q += -c3 / v + c4 * t / v;
          return t * (q * Math2.log(c - 1) + c5);
        }
        jStat3.extend(jStat3.tukey, {
          cdf: function cdf(q, nmeans, df) {
            var rr = 1;
            var cc = nmeans;
            var nlegq = 16;
            var ihalfq = 8;
            var eps1 = -30;
            var eps2 = 1e-14;
            var dhaf = 100;
            var dquar = 800;
            var deigh = 5e3;
            var dlarg = 25e3;
            var ulen1 = 1;
            var ulen2 = 0.5;
            var ulen3 = 0.25;
            var ulen4 = 0.125;
            var xlegq = [
              0.9894009349916499,
              0.9445750230732326,
              0.8656312023878318,
              0.755404408355003,
              0.6178762444026438,
              0.45801677765722737,
              0.2816035507792589,
              0.09501250983763744
            ];
            var alegq = [
              0.027152459411754096,
              0.062253523938647894,
              0.09515851168249279,
              0.12462897125553388,
              0.14959598881657674,
              0.16915651939500254,
              0.18260341504492358,
              0.1894506104550685
            ];
            if (q <= 0)
              return 0;
            if (df < 2 || rr < 1 || cc < 2) return NaN;
            if (!Number.isFinite(q))
              return 1;
            if (df > dlarg)
              return tukeyWprob(q, rr, cc);
            var f2 = df * 0.5;
            var f2lf = f2 * Math2.log(df) - df * Math2.log(2) - jStat3.gammaln(f2);
            var f21 = f2 - 1;
            var ff4 = df * 0.25;
            var ulen;
            if (df <= dhaf) ulen = ulen1;
            else if (df <= dquar) ulen = ulen2;
            else if (df <= deigh) ulen = ulen3;
            else ulen = ulen4;
            f2lf += Math2.log(ulen);
            var ans = 0;
            for (var i = 1; i <= 50; i++) {
              var otsum = 0;
              var twa1 = (2 * i - 1) * ulen;
              for (var jj = 1; jj <= nlegq; jj++) {
                var j, t1;
                if (ihalfq < jj) {
                  j = jj - ihalfq - 1;
                  t1 = f2lf + f21 * Math2.log(twa1 + xlegq[j] * ulen) - (xlegq[j] * ulen + twa1) * ff4;
                } else {
                  j = jj - 1;
                  t1 = f2lf + f21 * Math2.log(twa1 - xlegq[j] * ulen) + (xlegq[j] * ulen - twa1) * ff4;
                }
                var qsqz;
                if (t1 >= eps1) {
                  if (ihalfq < jj) {
                    qsqz = q * Math2.sqrt((xlegq[j] * ulen + twa1) * 0.5);
                  } else {
                    qsqz = q * Math2.sqrt((-(xlegq[j] * ulen) + twa1) * 0.5);
                  }
                  var wprb = tukeyWprob(qsqz, rr, cc);
                  var rotsum = wprb * alegq[j] * Math2.exp(t1);
                  otsum += rotsum;
                }
              }
              if (i * ulen >= 1 && otsum <= eps2)
                break;
              ans += otsum;
            }
            if (otsum > eps2) {
              throw new Error("tukey.cdf failed to converge");
            }
            if (ans > 1)
              ans = 1;
            return ans;
          },
          inv: function(p, nmeans, df) {
            var rr = 1;
            var cc = nmeans;
            var eps = 1e-4;
            var maxiter = 50;
            if (df < 2 || rr < 1 || cc < 2) return NaN;
            if (p < 0 || p > 1) return NaN;
            if (p === 0) return 0;
            if (p === 1) return Infinity;
            var x0 = tukeyQinv(p, cc, df);
            var valx0 = jStat3.tukey.cdf(x0, nmeans, df) - p;
            var x1;
            if (valx0 > 0)
              x1 = Math2.max(0, x0 - 1);
            else
              x1 = x0 + 1;
            var valx1 = jStat3.tukey.cdf(x1, nmeans, df) - p;
            var ans;
            for (var iter = 1; iter < maxiter; iter++) {
              ans = x1 - valx1 * (x1 - x0) / (valx1 - valx0);
              valx0 = valx1;
              x0 = x1;
              if (ans < 0) {
                ans = 0;
                valx1 = -p;
              }
              valx1 = jStat3.tukey.cdf(ans, nmeans, df) - p;
              x1 = ans;
              var xabs = Math2.abs(x1 - x0);
              if (xabs < eps)
                return ans;
            }
            throw new Error("tukey.inv failed to converge");
          }
        });
      })(jStat2, Math);
      (function(jStat3, Math2) {
        var push = Array.prototype.push;
        var isArray = jStat3.utils.isArray;
        function isUsable(arg) {
          return isArray(arg) || arg instanceof jStat3;
        }
        jStat3.extend({
          // add a vector/matrix to a vector/matrix or scalar
          add: function add(arr, arg) {
            if (isUsable(arg)) {
              if (!isUsable(arg[0])) arg = [arg];
              return jStat3.map(arr, function(value, row, col) {
                return value + arg[row][col];
              });
            }
            return jStat3.map(arr, function(value) {
              return value + arg;
            });
          },
          // subtract a vector or scalar from the vector
          subtract: function subtract(arr, arg) {
            if (isUsable(arg)) {
              if (!isUsable(arg[0])) arg = [arg];
              return jStat3.map(arr, function(value, row, col) {
                return value - arg[row][col] || 0;
              });
            }
            return jStat3.map(arr, function(value) {
              return value - arg;
            });
          },
          // matrix division
          divide: function divide2(arr, arg) {
            if (isUsable(arg)) {
              if (!isUsable(arg[0])) arg = [arg];
              return jStat3.multiply(arr, jStat3.inv(arg));
            }
            return jStat3.map(arr, function(value) {
              return value / arg;
            });
          },
          // matrix multiplication
          multiply: function multiply(arr, arg) {
            var row, col, nrescols, sum, nrow, ncol, res, rescols;
            if (arr.length === void 0 && arg.length === void 0) {
              return arr * arg;
            }
            nrow = arr.length, ncol = arr[0].length, res = jStat3.zeros(nrow, nrescols = isUsable(arg) ? arg[0].length : ncol), rescols = 0;
            if (isUsable(arg)) {
              for (; rescols < nrescols; rescols++) {
                for (row = 0; row < nrow; row++) {
                  sum = 0;
                  for (col = 0; col < ncol; col++)
                    sum += arr[row][col] * arg[col][rescols];
                  res[row][rescols] = sum;
                }
              }
              return nrow === 1 && rescols === 1 ? res[0][0] : res;
            }
            return jStat3.map(arr, function(value) {
              return value * arg;
            });
          },
          // outer([1,2,3],[4,5,6])
          // ===
          // [[1],[2],[3]] times [[4,5,6]]
          // ->
          // [[4,5,6],[8,10,12],[12,15,18]]
          outer: function outer(A, B) {
            return jStat3.multiply(A.map(function(t) {
              return [t];
            }), [B]);
          },
          // Returns the dot product of two matricies
          dot: function dot(arr, arg) {
            if (!isUsable(arr[0])) arr = [arr];
            if (!isUsable(arg[0])) arg = [arg];
            var left = arr[0].length === 1 && arr.length !== 1 ? jStat3.transpose(arr) : arr, right = arg[0].length === 1 && arg.length !== 1 ? jStat3.transpose(arg) : arg, res = [], row = 0, nrow = left.length, ncol = left[0].length, sum, col;
            for (; row < nrow; row++) {
              res[row] = [];
              sum = 0;
              for (col = 0; col < ncol; col++)
                sum += left[row][col] * right[row][col];
              res[row] = sum;
            }
            return res.length === 1 ? res[0] : res;
          },
          // raise every element by a scalar
          pow: function pow(arr, arg) {
            return jStat3.map(arr, function(value) {
              return Math2.pow(value, arg);
            });
          },
          // exponentiate every element
          exp: function exp(arr) {
            return jStat3.map(arr, function(value) {
              return Math2.exp(value);
            });
          },
          // generate the natural log of every element
          log: function exp(arr) {
            return jStat3.map(arr, function(value) {
              return Math2.log(value);
            });
          },
          // generate the absolute values of the vector
          abs: function abs(arr) {
            return jStat3.map(arr, function(value) {
              return Math2.abs(value);
            });
          },
          // computes the p-norm of the vector
          // In the case that a matrix is passed, uses the first row as the vector
          norm: function norm(arr, p) {
            var nnorm = 0, i = 0;
            if (isNaN(p)) p = 2;
            if (isUsable(arr[0])) arr = arr[0];
            for (; i < arr.length; i++) {
              nnorm += Math2.pow(Math2.abs(arr[i]), p);
            }
            return Math2.pow(nnorm, 1 / p);
          },
          // computes the angle between two vectors in rads
          // In case a matrix is passed, this uses the first row as the vector
          angle: function angle(arr, arg) {
            return Math2.acos(jStat3.dot(arr, arg) / (jStat3.norm(arr) * jStat3.norm(arg)));
          },
          // augment one matrix by another
          // Note: this function returns a matrix, not a jStat object
          aug: function aug(a, b) {
            var newarr = [];
            var i;
            for (i = 0; i < a.length; i++) {
              newarr.push(a[i].slice());
            }
            for (i = 0; i < newarr.length; i++) {
              push.apply(newarr[i], b[i]);
            }
            return newarr;
          },
          // The inv() function calculates the inverse of a matrix
          // Create the inverse by augmenting the matrix by the identity matrix of the
          // appropriate size, and then use G-J elimination on the augmented matrix.
          inv: function inv(a) {
            var rows = a.length;
            var cols = a[0].length;
            var b = jStat3.identity(rows, cols);
            var c = jStat3.gauss_jordan(a, b);
            var result = [];
            var i = 0;
            var j;
            for (; i < rows; i++) {
              result[i] = [];
              for (j = cols; j < c[0].length; j++)
                result[i][j - cols] = c[i][j];
            }
            return result;
          },
          // calculate the determinant of a matrix
          det: function det(a) {
            if (a.length === 2) {
              return a[0][0] * a[1][1] - a[0][1] * a[1][0];
            }
            var determinant = 0;
            for (var i = 0; i < a.length; i++) {
              var submatrix = [];
              for (var row = 1; row < a.length; row++) {
                submatrix[row - 1] = [];
                for (var col = 0; col < a.length; col++) {
                  if (col < i) {
                    submatrix[row - 1][col] = a[row][col];
                  } else if (col > i) {
                    submatrix[row - 1][col - 1] = a[row][col];
                  }
                }
              }
              var sign = i % 2 ? -1 : 1;
              determinant += det(submatrix) * a[0][i] * sign;
            }
            return determinant;
          },
          gauss_elimination: function gauss_elimination(a, b) {
            var i = 0, j = 0, n = a.length, m = a[0].length, factor = 1, sum = 0, x = [], maug, pivot, temp, k;
            a = jStat3.aug(a, b);
            maug = a[0].length;
            for (i = 0; i < n; i++) {
              pivot = a[i][i];
              j = i;
              for (k = i + 1; k < m; k++) {
                if (pivot < Math2.abs(a[k][i])) {
                  pivot = a[k][i];
                  j = k;
                }
              }
              if (j != i) {
                for (k = 0; k < maug; k++) {
                  temp = a[i][k];
                  a[i][k] = a[j][k];
                  a[j][k] = temp;
                }
              }
              for (j = i + 1; j < n; j++) {
                factor = a[j][i] / a[i][i];
                for (k = i; k < maug; k++) {
                  a[j][k] = a[j][k] - factor * a[i][k];
                }
              }
            }
            for (i = n - 1; i >= 0; i--) {
              sum = 0;
              for (j = i + 1; j <= n - 1; j++) {
                sum = sum + x[j] * a[i][j];
              }
              x[i] = (a[i][maug - 1] - sum) / a[i][i];
            }
            return x;
          },
          gauss_jordan: function gauss_jordan(a, b) {
            var m = jStat3.aug(a, b);
            var h = m.length;
            var w = m[0].length;
            var c = 0;
            var x, y, y2;
            for (y = 0; y < h; y++) {
              var maxrow = y;
              for (y2 = y + 1; y2 < h; y2++) {
                if (Math2.abs(m[y2][y]) > Math2.abs(m[maxrow][y]))
                  maxrow = y2;
              }
              var tmp = m[y];
              m[y] = m[maxrow];
              m[maxrow] = tmp;
              for (y2 = y + 1; y2 < h; y2++) {
                c = m[y2][y] / m[y][y];
                for (x = y; x < w; x++) {
                  m[y2][x] -= m[y][x] * c;
                }
              }
            }
            for (y = h - 1; y >= 0; y--) {
              c = m[y][y];
              for (y2 = 0; y2 < y; y2++) {
                for (x = w - 1; x > y - 1; x--) {
                  m[y2][x] -= m[y][x] * m[y2][y] / c;
                }
              }
              m[y][y] /= c;
              for (x = h; x < w; x++) {
                m[y][x] /= c;
              }
            }
            return m;
          },
          // solve equation
          // Ax=b
          // A is upper triangular matrix
          // A=[[1,2,3],[0,4,5],[0,6,7]]
          // b=[1,2,3]
          // triaUpSolve(A,b) // -> [2.666,0.1666,1.666]
          // if you use matrix style
          // A=[[1,2,3],[0,4,5],[0,6,7]]
          // b=[[1],[2],[3]]
          // will return [[2.666],[0.1666],[1.666]]
          triaUpSolve: function triaUpSolve(A, b) {
            var size = A[0].length;
            var x = jStat3.zeros(1, size)[0];
            var parts;
            var matrix_mode = false;
            if (b[0].length != void 0) {
              b = b.map(function(i) {
                return i[0];
              });
              matrix_mode = true;
            }
            jStat3.arange(size - 1, -1, -1).forEach(function(i) {
              parts = jStat3.arange(i + 1, size).map(function(j) {
                return x[j] * A[i][j];
              });
              x[i] = (b[i] - jStat3.sum(parts)) / A[i][i];
            });
            if (matrix_mode)
              return x.map(function(i) {
                return [i];
              });
            return x;
          },
          triaLowSolve: function triaLowSolve(A, b) {
            var size = A[0].length;
            var x = jStat3.zeros(1, size)[0];
            var parts;
            var matrix_mode = false;
            if (b[0].length != void 0) {
              b = b.map(function(i) {
                return i[0];
              });
              matrix_mode = true;
            }
            jStat3.arange(size).forEach(function(i) {
              parts = jStat3.arange(i).map(function(j) {
                return A[i][j] * x[j];
              });
              x[i] = (b[i] - jStat3.sum(parts)) / A[i][i];
            });
            if (matrix_mode)
              return x.map(function(i) {
                return [i];
              });
            return x;
          },
          // A -> [L,U]
          // A=LU
          // L is lower triangular matrix
          // U is upper triangular matrix
          lu: function lu(A) {
            var size = A.length;
            var L = jStat3.identity(size);
            var R = jStat3.zeros(A.length, A[0].length);
            var parts;
            jStat3.arange(size).forEach(function(t) {
              R[0][t] = A[0][t];
            });
            jStat3.arange(1, size).forEach(function(l) {
              jStat3.arange(l).forEach(function(i) {
                parts = jStat3.arange(i).map(function(jj) {
                  return L[l][jj] * R[jj][i];
                });
                L[l][i] = (A[l][i] - jStat3.sum(parts)) / R[i][i];
              });
              jStat3.arange(l, size).forEach(function(j) {
                parts = jStat3.arange(l).map(function(jj) {
                  return L[l][jj] * R[jj][j];
                });
                R[l][j] = A[parts.length][j] - jStat3.sum(parts);
              });
            });
            return [L, R];
          },
          // A -> T
          // A=TT'
          // T is lower triangular matrix
          cholesky: function cholesky(A) {
            var size = A.length;
            var T = jStat3.zeros(A.length, A[0].length);
            var parts;
            jStat3.arange(size).forEach(function(i) {
              parts = jStat3.arange(i).map(function(t) {
                return Math2.pow(T[i][t], 2);
              });
              T[i][i] = Math2.sqrt(A[i][i] - jStat3.sum(parts));
              jStat3.arange(i + 1, size).forEach(function(j) {
                parts = jStat3.arange(i).map(function(t) {
                  return T[i][t] * T[j][t];
                });
                T[j][i] = (A[i][j] - jStat3.sum(parts)) / T[i][i];
              });
            });
            return T;
          },
          gauss_jacobi: function gauss_jacobi(a, b, x, r) {
            var i = 0;
            var j = 0;
            var n = a.length;
            var l = [];
            var u = [];
            var d = [];
            var xv, c, h, xk;
            for (; i < n; i++) {
              l[i] = [];
              u[i] = [];
              d[i] = [];
              for (j = 0; j < n; j++) {
                if (i > j) {
                  l[i][j] = a[i][j];
                  u[i][j] = d[i][j] = 0;
                } else if (i < j) {
                  u[i][j] = a[i][j];
                  l[i][j] = d[i][j] = 0;
                } else {
                  d[i][j] = a[i][j];
                  l[i][j] = u[i][j] = 0;
                }
              }
            }
            h = jStat3.multiply(jStat3.multiply(jStat3.inv(d), jStat3.add(l, u)), -1);
            c = jStat3.multiply(jStat3.inv(d), b);
            xv = x;
            xk = jStat3.add(jStat3.multiply(h, x), c);
            i = 2;
            while (Math2.abs(jStat3.norm(jStat3.subtract(xk, xv))) > r) {
              xv = xk;
              xk = jStat3.add(jStat3.multiply(h, xv), c);
              i++;
            }
            return xk;
          },
          gauss_seidel: function gauss_seidel(a, b, x, r) {
            var i = 0;
            var n = a.length;
            var l = [];
            var u = [];
            var d = [];
            var j, xv, c, h, xk;
            for (; i < n; i++) {
              l[i] = [];
              u[i] = [];
              d[i] = [];
              for (j = 0; j < n; j++) {
                if (i > j) {
                  l[i][j] = a[i][j];
                  u[i][j] = d[i][j] = 0;
                } else if (i < j) {
                  u[i][j] = a[i][j];
                  l[i][j] = d[i][j] = 0;
                } else {
                  d[i][j] = a[i][j];
                  l[i][j] = u[i][j] = 0;
                }
              }
            }
            h = jStat3.multiply(jStat3.multiply(jStat3.inv(jStat3.add(d, l)), u), -1);
            c = jStat3.multiply(jStat3.inv(jStat3.add(d, l)), b);
            xv = x;
            xk = jStat3.add(jStat3.multiply(h, x), c);
            i = 2;
            while (Math2.abs(jStat3.norm(jStat3.subtract(xk, xv))) > r) {
              xv = xk;
              xk = jStat3.add(jStat3.multiply(h, xv), c);
              i = i + 1;
            }
            return xk;
          },
          SOR: function SOR(a, b, x, r, w) {
            var i = 0;
            var n = a.length;
            var l = [];
            var u = [];
            var d = [];
            var j, xv, c, h, xk;
            for (; i < n; i++) {
              l[i] = [];
              u[i] = [];
              d[i] = [];
              for (j = 0; j < n; j++) {
                if (i > j) {
                  l[i][j] = a[i][j];
                  u[i][j] = d[i][j] = 0;
                } else if (i < j) {
                  u[i][j] = a[i][j];
                  l[i][j] = d[i][j] = 0;
                } else {
                  d[i][j] = a[i][j];
                  l[i][j] = u[i][j] = 0;
                }
              }
            }
            h = jStat3.multiply(
              jStat3.inv(jStat3.add(d, jStat3.multiply(l, w))),
              jStat3.subtract(
                jStat3.multiply(d, 1 - w),
                jStat3.multiply(u, w)
              )
            );
            c = jStat3.multiply(jStat3.multiply(jStat3.inv(jStat3.add(
              d,
              jStat3.multiply(l, w)
            )), b), w);
            xv = x;
            xk = jStat3.add(jStat3.multiply(h, x), c);
            i = 2;
            while (Math2.abs(jStat3.norm(jStat3.subtract(xk, xv))) > r) {
              xv = xk;
              xk = jStat3.add(jStat3.multiply(h, xv), c);
              i++;
            }
            return xk;
          },
          householder: function householder(a) {
            var m = a.length;
            var n = a[0].length;
            var i = 0;
            var w = [];
            var p = [];
            var alpha, r, k, j, factor;
            for (; i < m - 1; i++) {
              alpha = 0;
              for (j = i + 1; j < n; j++)
                alpha += a[j][i] * a[j][i];
              factor = a[i + 1][i] > 0 ? -1 : 1;
              alpha = factor * Math2.sqrt(alpha);
              r = Math2.sqrt((alpha * alpha - a[i + 1][i] * alpha) / 2);
              w = jStat3.zeros(m, 1);
              w[i + 1][0] = (a[i + 1][i] - alpha) / (2 * r);
              for (k = i + 2; k < m; k++) w[k][0] = a[k][i] / (2 * r);
              p = jStat3.subtract(
                jStat3.identity(m, n),
                jStat3.multiply(jStat3.multiply(w, jStat3.transpose(w)), 2)
              );
              a = jStat3.multiply(p, jStat3.multiply(a, p));
            }
            return a;
          },
          // A -> [Q,R]
          // Q is orthogonal matrix
          // R is upper triangular
          QR: (function() {
            var sum = jStat3.sum;
            var range = jStat3.arange;
            function qr2(x) {
              var n = x.length;
              var p = x[0].length;
              var r = jStat3.zeros(p, p);
              x = jStat3.copy(x);
              var i, j, k;
              for (j = 0; j < p; j++) {
                r[j][j] = Math2.sqrt(sum(range(n).map(function(i2) {
                  return x[i2][j] * x[i2][j];
                })));
                for (i = 0; i < n; i++) {
                  x[i][j] = x[i][j] / r[j][j];
                }
                for (k = j + 1; k < p; k++) {
                  r[j][k] = sum(range(n).map(function(i2) {
                    return x[i2][j] * x[i2][k];
                  }));
                  for (i = 0; i < n; i++) {
                    x[i][k] = x[i][k] - x[i][j] * r[j][k];
                  }
                }
              }
              return [x, r];
            }
            return qr2;
          })(),
          lstsq: /* @__PURE__ */ (function() {
            function R_I(A) {
              A = jStat3.copy(A);
              var size = A.length;
              var I = jStat3.identity(size);
              jStat3.arange(size - 1, -1, -1).forEach(function(i) {
                jStat3.sliceAssign(
                  I,
                  { row: i },
                  jStat3.divide(jStat3.slice(I, { row: i }), A[i][i])
                );
                jStat3.sliceAssign(
                  A,
                  { row: i },
                  jStat3.divide(jStat3.slice(A, { row: i }), A[i][i])
                );
                jStat3.arange(i).forEach(function(j) {
                  var c = jStat3.multiply(A[j][i], -1);
                  var Aj = jStat3.slice(A, { row: j });
                  var cAi = jStat3.multiply(jStat3.slice(A, { row: i }), c);
                  jStat3.sliceAssign(A, { row: j }, jStat3.add(Aj, cAi));
                  var Ij = jStat3.slice(I, { row: j });
                  var cIi = jStat3.multiply(jStat3.slice(I, { row: i }), c);
                  jStat3.sliceAssign(I, { row: j }, jStat3.add(Ij, cIi));
                });
              });
              return I;
            }
            function qr_solve(A, b) {
              var array_mode = false;
              if (b[0].length === void 0) {
                b = b.map(function(x2) {
                  return [x2];
                });
                array_mode = true;
              }
              var QR = jStat3.QR(A);
              var Q = QR[0];
              var R = QR[1];
              var attrs = A[0].length;
              var Q1 = jStat3.slice(Q, { col: { end: attrs } });
              var R1 = jStat3.slice(R, { row: { end: attrs } });
              var RI = R_I(R1);
              var Q2 = jStat3.transpose(Q1);
              if (Q2[0].length === void 0) {
                Q2 = [Q2];
              }
              var x = jStat3.multiply(jStat3.multiply(RI, Q2), b);
              if (x.length === void 0) {
                x = [[x]];
              }
              if (array_mode)
                return x.map(function(i) {
                  return i[0];
                });
              return x;
            }
            return qr_solve;
          })(),
          jacobi: function jacobi(a) {
            var condition = 1;
            var n = a.length;
            var e = jStat3.identity(n, n);
            var ev = [];
            var b, i, j, p, q, maxim, theta, s;
            while (condition === 1) {
              maxim = a[0][1];
              p = 0;
              q = 1;
              for (i = 0; i < n; i++) {
                for (j = 0; j < n; j++) {
                  if (i != j) {
                    if (maxim < Math2.abs(a[i][j])) {
                      maxim = Math2.abs(a[i][j]);
                      p = i;
                      q = j;
                    }
                  }
                }
              }
              if (a[p][p] === a[q][q])
                theta = a[p][q] > 0 ? Math2.PI / 4 : -Math2.PI / 4;
              else
                theta = Math2.atan(2 * a[p][q] / (a[p][p] - a[q][q])) / 2;
              s = jStat3.identity(n, n);
              s[p][p] = Math2.cos(theta);
              s[p][q] = -Math2.sin(theta);
              s[q][p] = Math2.sin(theta);
              s[q][q] = Math2.cos(theta);
              e = jStat3.multiply(e, s);
              b = jStat3.multiply(jStat3.multiply(jStat3.inv(s), a), s);
              a = b;
              condition = 0;
              for (i = 1; i < n; i++) {
                for (j = 1; j < n; j++) {
                  if (i != j && Math2.abs(a[i][j]) > 1e-3) {
                    condition = 1;
                  }
                }
              }
            }
            for (i = 0; i < n; i++) ev.push(a[i][i]);
            return [e, ev];
          },
          rungekutta: function rungekutta(f, h, p, t_j, u_j, order) {
            var k1, k2, u_j1, k3, k4;
            if (order === 2) {
              while (t_j <= p) {
                k1 = h * f(t_j, u_j);
                k2 = h * f(t_j + h, u_j + k1);
                u_j1 = u_j + (k1 + k2) / 2;
                u_j = u_j1;
                t_j = t_j + h;
              }
            }
            if (order === 4) {
              while (t_j <= p) {
                k1 = h * f(t_j, u_j);
                k2 = h * f(t_j + h / 2, u_j + k1 / 2);
                k3 = h * f(t_j + h / 2, u_j + k2 / 2);
                k4 = h * f(t_j + h, u_j + k3);
                u_j1 = u_j + (k1 + 2 * k2 + 2 * k3 + k4) / 6;
                u_j = u_j1;
                t_j = t_j + h;
              }
            }
            return u_j;
          },
          romberg: function romberg(f, a, b, order) {
            var i = 0;
            var h = (b - a) / 2;
            var x = [];
            var h1 = [];
            var g = [];
            var m, a1, j, k, I;
            while (i < order / 2) {
              I = f(a);
              for (j = a, k = 0; j <= b; j = j + h, k++) x[k] = j;
              m = x.length;
              for (j = 1; j < m - 1; j++) {
                I += (j % 2 !== 0 ? 4 : 2) * f(x[j]);
              }
              I = h / 3 * (I + f(b));
              g[i] = I;
              h /= 2;
              i++;
            }
            a1 = g.length;
            m = 1;
            while (a1 !== 1) {
              for (j = 0; j < a1 - 1; j++)
                h1[j] = (Math2.pow(4, m) * g[j + 1] - g[j]) / (Math2.pow(4, m) - 1);
              a1 = h1.length;
              g = h1;
              h1 = [];
              m++;
            }
            return g;
          },
          richardson: function richardson(X, f, x, h) {
            function pos(X2, x2) {
              var i2 = 0;
              var n = X2.length;
              var p;
              for (; i2 < n; i2++)
                if (X2[i2] === x2) p = i2;
              return p;
            }
            var h_min = Math2.abs(x - X[pos(X, x) + 1]);
            var i = 0;
            var g = [];
            var h1 = [];
            var y1, y2, m, a, j;
            while (h >= h_min) {
              y1 = pos(X, x + h);
              y2 = pos(X, x);
              g[i] = (f[y1] - 2 * f[y2] + f[2 * y2 - y1]) / (h * h);
              h /= 2;
              i++;
            }
            a = g.length;
            m = 1;
            while (a != 1) {
              for (j = 0; j < a - 1; j++)
                h1[j] = (Math2.pow(4, m) * g[j + 1] - g[j]) / (Math2.pow(4, m) - 1);
              a = h1.length;
              g = h1;
              h1 = [];
              m++;
            }
            return g;
          },
          simpson: function simpson(f, a, b, n) {
            var h = (b - a) / n;
            var I = f(a);
            var x = [];
            var j = a;
            var k = 0;
            var i = 1;
            var m;
            for (; j <= b; j = j + h, k++)
              x[k] = j;
            m = x.length;
            for (; i < m - 1; i++) {
              I += (i % 2 !== 0 ? 4 : 2) * f(x[i]);
            }
            return h / 3 * (I + f(b));
          },
          hermite: function hermite(X, F, dF, value) {
            var n = X.length;
            var p = 0;
            var i = 0;
            var l = [];
            var dl = [];
            var A = [];
            var B = [];
            var j;
            for (; i < n; i++) {
              l[i] = 1;
              for (j = 0; j < n; j++) {
                if (i != j) l[i] *= (value - X[j]) / (X[i] - X[j]);
              }
              dl[i] = 0;
              for (j = 0; j < n; j++) {
                if (i != j) dl[i] += 1 / (X[i] - X[j]);
              }
              A[i] = (1 - 2 * (value - X[i]) * dl[i]) * (l[i] * l[i]);
              B[i] = (value - X[i]) * (l[i] * l[i]);
              p += A[i] * F[i] + B[i] * dF[i];
            }
            return p;
          },
          lagrange: function lagrange(X, F, value) {
            var p = 0;
            var i = 0;
            var j, l;
            var n = X.length;
            for (; i < n; i++) {
              l = F[i];
              for (j = 0; j < n; j++) {
                if (i != j) l *= (value - X[j]) / (X[i] - X[j]);
              }
              p += l;
            }
            return p;
          },
          cubic_spline: function cubic_spline(X, F, value) {
            var n = X.length;
            var i = 0, j;
            var A = [];
            var B = [];
            var alpha = [];
            var c = [];
            var h = [];
            var b = [];
            var d = [];
            for (; i < n - 1; i++)
              h[i] = X[i + 1] - X[i];
            alpha[0] = 0;
            for (i = 1; i < n - 1; i++) {
              alpha[i] = 3 / h[i] * (F[i + 1] - F[i]) - 3 / h[i - 1] * (F[i] - F[i - 1]);
            }
            for (i = 1; i < n - 1; i++) {
              A[i] = [];
              B[i] = [];
              A[i][i - 1] = h[i - 1];
              A[i][i] = 2 * (h[i - 1] + h[i]);
              A[i][i + 1] = h[i];
              B[i][0] = alpha[i];
            }
            c = jStat3.multiply(jStat3.inv(A), B);
            for (j = 0; j < n - 1; j++) {
              b[j] = (F[j + 1] - F[j]) / h[j] - h[j] * (c[j + 1][0] + 2 * c[j][0]) / 3;
              d[j] = (c[j + 1][0] - c[j][0]) / (3 * h[j]);
            }
            for (j = 0; j < n; j++) {
              if (X[j] > value) break;
            }
            j -= 1;
            return F[j] + (value - X[j]) * b[j] + jStat3.sq(value - X[j]) * c[j] + (value - X[j]) * jStat3.sq(value - X[j]) * d[j];
          },
          gauss_quadrature: function gauss_quadrature() {
            throw new Error("gauss_quadrature not yet implemented");
          },
          PCA: function PCA(X) {
            var m = X.length;
            var n = X[0].length;
            var i = 0;
            var j, temp1;
            var u = [];
            var D = [];
            var result = [];
            var temp2 = [];
            var Y = [];
            var Bt = [];
            var B = [];
            var C = [];
            var V = [];
            var Vt = [];
            for (i = 0; i < m; i++) {
              u[i] = jStat3.sum(X[i]) / n;
            }
            for (i = 0; i < n; i++) {
              B[i] = [];
              for (j = 0; j < m; j++) {
                B[i][j] = X[j][i] - u[j];
              }
            }
            B = jStat3.transpose(B);
            for (i = 0; i < m; i++) {
              C[i] = [];
              for (j = 0; j < m; j++) {
                C[i][j] = jStat3.dot([B[i]], [B[j]]) / (n - 1);
              }
            }
            result = jStat3.jacobi(C);
            V = result[0];
            D = result[1];
            Vt = jStat3.transpose(V);
            for (i = 0; i < D.length; i++) {
              for (j = i; j < D.length; j++) {
                if (D[i] < D[j]) {
                  temp1 = D[i];
                  D[i] = D[j];
                  D[j] = temp1;
                  temp2 = Vt[i];
                  Vt[i] = Vt[j];
                  Vt[j] = temp2;
                }
              }
            }
            Bt = jStat3.transpose(B);
            for (i = 0; i < m; i++) {
              Y[i] = [];
              for (j = 0; j < Bt.length; j++) {
                Y[i][j] = jStat3.dot([Vt[i]], [Bt[j]]);
              }
            }
            return [X, D, Vt, Y];
          }
        });
        (function(funcs) {
          for (var i = 0; i < funcs.length; i++) (function(passfunc) {
            jStat3.fn[passfunc] = function(arg, func) {
              var tmpthis = this;
              if (func) {
                setTimeout(function() {
                  func.call(tmpthis, jStat3.fn[passfunc].call(tmpthis, arg));
                }, 15);
                return this;
              }
              if (typeof jStat3[passfunc](this, arg) === "number")
                return jStat3[passfunc](this, arg);
              else
                return jStat3(jStat3[passfunc](this, arg));
            };
          })(funcs[i]);
        })("add divide multiply subtract dot pow exp log abs norm angle".split(" "));
      })(jStat2, Math);
      (function(jStat3, Math2) {
        var slice = [].slice;
        var isNumber = jStat3.utils.isNumber;
        var isArray = jStat3.utils.isArray;
        jStat3.extend({
          // 2 different parameter lists:
          // (value, mean, sd)
          // (value, array, flag)
          zscore: function zscore() {
            var args = slice.call(arguments);
            if (isNumber(args[1])) {
              return (args[0] - args[1]) / args[2];
            }
            return (args[0] - jStat3.mean(args[1])) / jStat3.stdev(args[1], args[2]);
          },
          // 3 different paramter lists:
          // (value, mean, sd, sides)
          // (zscore, sides)
          // (value, array, sides, flag)
          ztest: function ztest() {
            var args = slice.call(arguments);
            var z;
            if (isArray(args[1])) {
              z = jStat3.zscore(args[0], args[1], args[3]);
              return args[2] === 1 ? jStat3.normal.cdf(-Math2.abs(z), 0, 1) : jStat3.normal.cdf(-Math2.abs(z), 0, 1) * 2;
            } else {
              if (args.length > 2) {
                z = jStat3.zscore(args[0], args[1], args[2]);
                return args[3] === 1 ? jStat3.normal.cdf(-Math2.abs(z), 0, 1) : jStat3.normal.cdf(-Math2.abs(z), 0, 1) * 2;
              } else {
                z = args[0];
                return args[1] === 1 ? jStat3.normal.cdf(-Math2.abs(z), 0, 1) : jStat3.normal.cdf(-Math2.abs(z), 0, 1) * 2;
              }
            }
          }
        });
        jStat3.extend(jStat3.fn, {
          zscore: function zscore(value, flag) {
            return (value - this.mean()) / this.stdev(flag);
          },
          ztest: function ztest(value, sides, flag) {
            var zscore = Math2.abs(this.zscore(value, flag));
            return sides === 1 ? jStat3.normal.cdf(-zscore, 0, 1) : jStat3.normal.cdf(-zscore, 0, 1) * 2;
          }
        });
        jStat3.extend({
          // 2 parameter lists
          // (value, mean, sd, n)
          // (value, array)
          tscore: function tscore() {
            var args = slice.call(arguments);
            return args.length === 4 ? (args[0] - args[1]) / (args[2] / Math2.sqrt(args[3])) : (args[0] - jStat3.mean(args[1])) / (jStat3.stdev(args[1], true) / Math2.sqrt(args[1].length));
          },
          // 3 different paramter lists:
          // (value, mean, sd, n, sides)
          // (tscore, n, sides)
          // (value, array, sides)
          ttest: function ttest() {
            var args = slice.call(arguments);
            var tscore;
            if (args.length === 5) {
              tscore = Math2.abs(jStat3.tscore(args[0], args[1], args[2], args[3]));
              return args[4] === 1 ? jStat3.studentt.cdf(-tscore, args[3] - 1) : jStat3.studentt.cdf(-tscore, args[3] - 1) * 2;
            }
            if (isNumber(args[1])) {
              tscore = Math2.abs(args[0]);
              return args[2] == 1 ? jStat3.studentt.cdf(-tscore, args[1] - 1) : jStat3.studentt.cdf(-tscore, args[1] - 1) * 2;
            }
            tscore = Math2.abs(jStat3.tscore(args[0], args[1]));
            return args[2] == 1 ? jStat3.studentt.cdf(-tscore, args[1].length - 1) : jStat3.studentt.cdf(-tscore, args[1].length - 1) * 2;
          }
        });
        jStat3.extend(jStat3.fn, {
          tscore: function tscore(value) {
            return (value - this.mean()) / (this.stdev(true) / Math2.sqrt(this.cols()));
          },
          ttest: function ttest(value, sides) {
            return sides === 1 ? 1 - jStat3.studentt.cdf(Math2.abs(this.tscore(value)), this.cols() - 1) : jStat3.studentt.cdf(-Math2.abs(this.tscore(value)), this.cols() - 1) * 2;
          }
        });
        jStat3.extend({
          // Paramter list is as follows:
          // (array1, array2, array3, ...)
          // or it is an array of arrays
          // array of arrays conversion
          anovafscore: function anovafscore() {
            var args = slice.call(arguments), expVar, sample, sampMean, sampSampMean, tmpargs, unexpVar, i, j;
            if (args.length === 1) {
              tmpargs = new Array(args[0].length);
              for (i = 0; i < args[0].length; i++) {
                tmpargs[i] = args[0][i];
              }
              args = tmpargs;
            }
            sample = new Array();
            for (i = 0; i < args.length; i++) {
              sample = sample.concat(args[i]);
            }
            sampMean = jStat3.mean(sample);
            expVar = 0;
            for (i = 0; i < args.length; i++) {
              expVar = expVar + args[i].length * Math2.pow(jStat3.mean(args[i]) - sampMean, 2);
            }
            expVar /= args.length - 1;
            unexpVar = 0;
            for (i = 0; i < args.length; i++) {
              sampSampMean = jStat3.mean(args[i]);
              for (j = 0; j < args[i].length; j++) {
                unexpVar += Math2.pow(args[i][j] - sampSampMean, 2);
              }
            }
            unexpVar /= sample.length - args.length;
            return expVar / unexpVar;
          },
          // 2 different paramter setups
          // (array1, array2, array3, ...)
          // (anovafscore, df1, df2)
          anovaftest: function anovaftest() {
            var args = slice.call(arguments), df1, df2, n, i;
            if (isNumber(args[0])) {
              return 1 - jStat3.centralF.cdf(args[0], args[1], args[2]);
            }
            var anovafscore = jStat3.anovafscore(args);
            df1 = args.length - 1;
            n = 0;
            for (i = 0; i < args.length; i++) {
              n = n + args[i].length;
            }
            df2 = n - df1 - 1;
            return 1 - jStat3.centralF.cdf(anovafscore, df1, df2);
          },
          ftest: function ftest(fscore, df1, df2) {
            return 1 - jStat3.centralF.cdf(fscore, df1, df2);
          }
        });
        jStat3.extend(jStat3.fn, {
          anovafscore: function anovafscore() {
            return jStat3.anovafscore(this.toArray());
          },
          anovaftes: function anovaftes() {
            var n = 0;
            var i;
            for (i = 0; i < this.length; i++) {
              n = n + this[i].length;
            }
            return jStat3.ftest(this.anovafscore(), this.length - 1, n - this.length);
          }
        });
        jStat3.extend({
          // 2 parameter lists
          // (mean1, mean2, n1, n2, sd)
          // (array1, array2, sd)
          qscore: function qscore() {
            var args = slice.call(arguments);
            var mean1, mean2, n1, n2, sd;
            if (isNumber(args[0])) {
              mean1 = args[0];
              mean2 = args[1];
              n1 = args[2];
              n2 = args[3];
              sd = args[4];
            } else {
              mean1 = jStat3.mean(args[0]);
              mean2 = jStat3.mean(args[1]);
              n1 = args[0].length;
              n2 = args[1].length;
              sd = args[2];
            }
            return Math2.abs(mean1 - mean2) / (sd * Math2.sqrt((1 / n1 + 1 / n2) / 2));
          },
          // 3 different parameter lists:
          // (qscore, n, k)
          // (mean1, mean2, n1, n2, sd, n, k)
          // (array1, array2, sd, n, k)
          qtest: function qtest() {
            var args = slice.call(arguments);
            var qscore;
            if (args.length === 3) {
              qscore = args[0];
              args = args.slice(1);
            } else if (args.length === 7) {
              qscore = jStat3.qscore(args[0], args[1], args[2], args[3], args[4]);
              args = args.slice(5);
            } else {
              qscore = jStat3.qscore(args[0], args[1], args[2]);
              args = args.slice(3);
            }
            var n = args[0];
            var k = args[1];
            return 1 - jStat3.tukey.cdf(qscore, k, n - k);
          },
          tukeyhsd: function tukeyhsd(arrays) {
            var sd = jStat3.pooledstdev(arrays);
            var means = arrays.map(function(arr) {
              return jStat3.mean(arr);
            });
            var n = arrays.reduce(function(n2, arr) {
              return n2 + arr.length;
            }, 0);
            var results = [];
            for (var i = 0; i < arrays.length; ++i) {
              for (var j = i + 1; j < arrays.length; ++j) {
                var p = jStat3.qtest(means[i], means[j], arrays[i].length, arrays[j].length, sd, n, arrays.length);
                results.push([[i, j], p]);
              }
            }
            return results;
          }
        });
        jStat3.extend({
          // 2 different parameter setups
          // (value, alpha, sd, n)
          // (value, alpha, array)
          normalci: function normalci() {
            var args = slice.call(arguments), ans = new Array(2), change;
            if (args.length === 4) {
              change = Math2.abs(jStat3.normal.inv(args[1] / 2, 0, 1) * args[2] / Math2.sqrt(args[3]));
            } else {
              change = Math2.abs(jStat3.normal.inv(args[1] / 2, 0, 1) * jStat3.stdev(args[2]) / Math2.sqrt(args[2].length));
            }
            ans[0] = args[0] - change;
            ans[1] = args[0] + change;
            return ans;
          },
          // 2 different parameter setups
          // (value, alpha, sd, n)
          // (value, alpha, array)
          tci: function tci() {
            var args = slice.call(arguments), ans = new Array(2), change;
            if (args.length === 4) {
              change = Math2.abs(jStat3.studentt.inv(args[1] / 2, args[3] - 1) * args[2] / Math2.sqrt(args[3]));
            } else {
              change = Math2.abs(jStat3.studentt.inv(args[1] / 2, args[2].length - 1) * jStat3.stdev(args[2], true) / Math2.sqrt(args[2].length));
            }
            ans[0] = args[0] - change;
            ans[1] = args[0] + change;
            return ans;
          },
          significant: function significant(pvalue, alpha) {
            return pvalue < alpha;
          }
        });
        jStat3.extend(jStat3.fn, {
          normalci: function normalci(value, alpha) {
            return jStat3.normalci(value, alpha, this.toArray());
          },
          tci: function tci(value, alpha) {
            return jStat3.tci(value, alpha, this.toArray());
          }
        });
        function differenceOfProportions(p1, n1, p2, n2) {
          if (p1 > 1 || p2 > 1 || p1 <= 0 || p2 <= 0) {
            throw new Error("Proportions should be greater than 0 and less than 1");
          }
          var pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
          var se = Math2.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
          return (p1 - p2) / se;
        }
        jStat3.extend(jStat3.fn, {
          oneSidedDifferenceOfProportions: function oneSidedDifferenceOfProportions(p1, n1, p2, n2) {
            var z = differenceOfProportions(p1, n1, p2, n2);
            return jStat3.ztest(z, 1);
          },
          twoSidedDifferenceOfProportions: function twoSidedDifferenceOfProportions(p1, n1, p2, n2) {
            var z = differenceOfProportions(p1, n1, p2, n2);
            return jStat3.ztest(z, 2);
          }
        });
      })(jStat2, Math);
      jStat2.models = /* @__PURE__ */ (function() {
        function sub_regress(exog) {
          var var_count = exog[0].length;
          var modelList = jStat2.arange(var_count).map(function(endog_index) {
            var exog_index = jStat2.arange(var_count).filter(function(i) {
              return i !== endog_index;
            });
            return ols(
              jStat2.col(exog, endog_index).map(function(x) {
                return x[0];
              }),
              jStat2.col(exog, exog_index)
            );
          });
          return modelList;
        }
        function ols(endog, exog) {
          var nobs = endog.length;
          var df_model = exog[0].length - 1;
          var df_resid = nobs - df_model - 1;
          var coef = jStat2.lstsq(exog, endog);
          var predict = jStat2.multiply(exog, coef.map(function(x) {
            return [x];
          })).map(function(p) {
            return p[0];
          });
          var resid = jStat2.subtract(endog, predict);
          var ybar = jStat2.mean(endog);
          var SSE = jStat2.sum(predict.map(function(f) {
            return Math.pow(f - ybar, 2);
          }));
          var SSR = jStat2.sum(endog.map(function(y, i) {
            return Math.pow(y - predict[i], 2);
          }));
          var SST = SSE + SSR;
          var R2 = SSE / SST;
          return {
            exog,
            endog,
            nobs,
            df_model,
            df_resid,
            coef,
            predict,
            resid,
            ybar,
            SST,
            SSE,
            SSR,
            R2
          };
        }
        function t_test(model) {
          var subModelList = sub_regress(model.exog);
          var sigmaHat = Math.sqrt(model.SSR / model.df_resid);
          var seBetaHat = subModelList.map(function(mod) {
            var SST = mod.SST;
            var R2 = mod.R2;
            return sigmaHat / Math.sqrt(SST * (1 - R2));
          });
          var tStatistic = model.coef.map(function(coef, i) {
            return (coef - 0) / seBetaHat[i];
          });
          var pValue = tStatistic.map(function(t) {
            var leftppf = jStat2.studentt.cdf(t, model.df_resid);
            return (leftppf > 0.5 ? 1 - leftppf : leftppf) * 2;
          });
          var c = jStat2.studentt.inv(0.975, model.df_resid);
          var interval95 = model.coef.map(function(coef, i) {
            var d = c * seBetaHat[i];
            return [coef - d, coef + d];
          });
          return {
            se: seBetaHat,
            t: tStatistic,
            p: pValue,
            sigmaHat,
            interval95
          };
        }
        function F_test(model) {
          var F_statistic = model.R2 / model.df_model / ((1 - model.R2) / model.df_resid);
          var fcdf = function(x, n1, n2) {
            return jStat2.beta.cdf(x / (n2 / n1 + x), n1 / 2, n2 / 2);
          };
          var pvalue = 1 - fcdf(F_statistic, model.df_model, model.df_resid);
          return { F_statistic, pvalue };
        }
        function ols_wrap(endog, exog) {
          var model = ols(endog, exog);
          var ttest = t_test(model);
          var ftest = F_test(model);
          var adjust_R2 = 1 - (1 - model.R2) * ((model.nobs - 1) / model.df_resid);
          model.t = ttest;
          model.f = ftest;
          model.adjust_R2 = adjust_R2;
          return model;
        }
        return { ols: ols_wrap };
      })();
      jStat2.extend({
        buildxmatrix: function buildxmatrix() {
          var matrixRows = new Array(arguments.length);
          for (var i = 0; i < arguments.length; i++) {
            var array = [1];
            matrixRows[i] = array.concat(arguments[i]);
          }
          return jStat2(matrixRows);
        },
        builddxmatrix: function builddxmatrix() {
          var matrixRows = new Array(arguments[0].length);
          for (var i = 0; i < arguments[0].length; i++) {
            var array = [1];
            matrixRows[i] = array.concat(arguments[0][i]);
          }
          return jStat2(matrixRows);
        },
        buildjxmatrix: function buildjxmatrix(jMat) {
          var pass = new Array(jMat.length);
          for (var i = 0; i < jMat.length; i++) {
            pass[i] = jMat[i];
          }
          return jStat2.builddxmatrix(pass);
        },
        buildymatrix: function buildymatrix(array) {
          return jStat2(array).transpose();
        },
        buildjymatrix: function buildjymatrix(jMat) {
          return jMat.transpose();
        },
        matrixmult: function matrixmult(A, B) {
          var i, j, k, result, sum;
          if (A.cols() == B.rows()) {
            if (B.rows() > 1) {
              result = [];
              for (i = 0; i < A.rows(); i++) {
                result[i] = [];
                for (j = 0; j < B.cols(); j++) {
                  sum = 0;
                  for (k = 0; k < A.cols(); k++) {
                    sum += A.toArray()[i][k] * B.toArray()[k][j];
                  }
                  result[i][j] = sum;
                }
              }
              return jStat2(result);
            }
            result = [];
            for (i = 0; i < A.rows(); i++) {
              result[i] = [];
              for (j = 0; j < B.cols(); j++) {
                sum = 0;
                for (k = 0; k < A.cols(); k++) {
                  sum += A.toArray()[i][k] * B.toArray()[j];
                }
                result[i][j] = sum;
              }
            }
            return jStat2(result);
          }
        },
        //regress and regresst to be fixed
        regress: function regress(jMatX, jMatY) {
          var innerinv = jStat2.xtranspxinv(jMatX);
          var xtransp = jMatX.transpose();
          var next = jStat2.matrixmult(jStat2(innerinv), xtransp);
          return jStat2.matrixmult(next, jMatY);
        },
        regresst: function regresst(jMatX, jMatY, sides) {
          var beta = jStat2.regress(jMatX, jMatY);
          var compile = {};
          compile.anova = {};
          var jMatYBar = jStat2.jMatYBar(jMatX, beta);
          compile.yBar = jMatYBar;
          var yAverage = jMatY.mean();
          compile.anova.residuals = jStat2.residuals(jMatY, jMatYBar);
          compile.anova.ssr = jStat2.ssr(jMatYBar, yAverage);
          compile.anova.msr = compile.anova.ssr / (jMatX[0].length - 1);
          compile.anova.sse = jStat2.sse(jMatY, jMatYBar);
          compile.anova.mse = compile.anova.sse / (jMatY.length - (jMatX[0].length - 1) - 1);
          compile.anova.sst = jStat2.sst(jMatY, yAverage);
          compile.anova.mst = compile.anova.sst / (jMatY.length - 1);
          compile.anova.r2 = 1 - compile.anova.sse / compile.anova.sst;
          if (compile.anova.r2 < 0) compile.anova.r2 = 0;
          compile.anova.fratio = compile.anova.msr / compile.anova.mse;
          compile.anova.pvalue = jStat2.anovaftest(
            compile.anova.fratio,
            jMatX[0].length - 1,
            jMatY.length - (jMatX[0].length - 1) - 1
          );
          compile.anova.rmse = Math.sqrt(compile.anova.mse);
          compile.anova.r2adj = 1 - compile.anova.mse / compile.anova.mst;
          if (compile.anova.r2adj < 0) compile.anova.r2adj = 0;
          compile.stats = new Array(jMatX[0].length);
          var covar = jStat2.xtranspxinv(jMatX);
          var sds, ts, ps;
          for (var i = 0; i < beta.length; i++) {
            sds = Math.sqrt(compile.anova.mse * Math.abs(covar[i][i]));
            ts = Math.abs(beta[i] / sds);
            ps = jStat2.ttest(ts, jMatY.length - jMatX[0].length - 1, sides);
            compile.stats[i] = [beta[i], sds, ts, ps];
          }
          compile.regress = beta;
          return compile;
        },
        xtranspx: function xtranspx(jMatX) {
          return jStat2.matrixmult(jMatX.transpose(), jMatX);
        },
        xtranspxinv: function xtranspxinv(jMatX) {
          var inner = jStat2.matrixmult(jMatX.transpose(), jMatX);
          var innerinv = jStat2.inv(inner);
          return innerinv;
        },
        jMatYBar: function jMatYBar(jMatX, beta) {
          var yBar = jStat2.matrixmult(jMatX, beta);
          return new jStat2(yBar);
        },
        residuals: function residuals(jMatY, jMatYBar) {
          return jStat2.matrixsubtract(jMatY, jMatYBar);
        },
        ssr: function ssr(jMatYBar, yAverage) {
          var ssr2 = 0;
          for (var i = 0; i < jMatYBar.length; i++) {
            ssr2 += Math.pow(jMatYBar[i] - yAverage, 2);
          }
          return ssr2;
        },
        sse: function sse(jMatY, jMatYBar) {
          var sse2 = 0;
          for (var i = 0; i < jMatY.length; i++) {
            sse2 += Math.pow(jMatY[i] - jMatYBar[i], 2);
          }
          return sse2;
        },
        sst: function sst(jMatY, yAverage) {
          var sst2 = 0;
          for (var i = 0; i < jMatY.length; i++) {
            sst2 += Math.pow(jMatY[i] - yAverage, 2);
          }
          return sst2;
        },
        matrixsubtract: function matrixsubtract(A, B) {
          var ans = new Array(A.length);
          for (var i = 0; i < A.length; i++) {
            ans[i] = new Array(A[i].length);
            for (var j = 0; j < A[i].length; j++) {
              ans[i][j] = A[i][j] - B[i][j];
            }
          }
          return jStat2(ans);
        }
      });
      jStat2.jStat = jStat2;
      return jStat2;
    });
  }
});

// src/history/time.ts
function weekStart(timestamp, day) {
  const t = new Date(timestamp);
  const back = (t.getUTCDay() - day + 7) % 7;
  const start = Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate() - back);
  return new Date(start).toISOString().slice(0, 19) + "Z";
}
function hourBefore(timestamp) {
  const t = Date.parse(timestamp);
  return Number.isNaN(t) ? timestamp : new Date(t - 36e5).toISOString().slice(0, 19) + "Z";
}
function hourAfter(timestamp) {
  const t = Date.parse(timestamp);
  return Number.isNaN(t) ? timestamp : new Date(t + 36e5).toISOString().slice(0, 19) + "Z";
}
var minTime = (times) => times.reduce((a, b) => a === void 0 || b < a ? b : a, void 0);

// src/history/budget.ts
function macosMinutesOf(run) {
  if (run.macosMinutes !== void 0) return run.macosMinutes;
  const darwin = Object.entries(run.platforms).filter(([n]) => n.startsWith("darwin-"));
  const durations = darwin.map(([, c]) => c.duration_seconds).filter((d) => typeof d === "number");
  if (darwin.length > 0 && durations.length === darwin.length)
    return durations.reduce((a, b) => a + b, 0) / 60;
  return void 0;
}
function platformMinutesOf(run) {
  const out = emptyDict();
  const darwin = Object.keys(run.platforms).filter((n) => n.startsWith("darwin-"));
  for (const [name, c] of Object.entries(run.platforms))
    if (!name.startsWith("darwin-") && typeof c.duration_seconds === "number")
      out[name] = c.duration_seconds / 60;
  const macos = macosMinutesOf(run);
  if (macos !== void 0 && darwin.length > 0) {
    const seconds = darwin.map((n) => run.platforms[n].duration_seconds);
    const known = seconds.every((s) => typeof s === "number");
    const total = known ? seconds.reduce((a, b) => a + b, 0) : 0;
    darwin.forEach((n, i) => {
      out[n] = total > 0 ? macos * seconds[i] / total : macos / darwin.length;
    });
  }
  return out;
}
function addToWeek(week, run) {
  const minutes = macosMinutesOf(run);
  week.batches++;
  if (minutes === void 0) week.without++;
  else week.minutes += minutes;
  const byPlatform = platformMinutesOf(run);
  week.platformMinutes ??= emptyDict();
  week.platformUnknown ??= emptyDict();
  for (const [name, c] of Object.entries(run.platforms)) {
    const m = byPlatform[name];
    if (m !== void 0) week.platformMinutes[name] = (week.platformMinutes[name] ?? 0) + m;
    else if (c.tested > 0) week.platformUnknown[name] = (week.platformUnknown[name] ?? 0) + 1;
  }
}
function projectWeek(used, weekStartAt, at) {
  const days = Math.max(1, (Date.parse(at) - Date.parse(weekStartAt)) / 864e5);
  const perDay = used / days;
  return { perDay, projected: Math.max(used, perDay * 7) };
}
function weekBudget(weeks, at, options) {
  const start = weekStart(at, options.weekStartDay);
  const w = weeks.get(start) ?? { minutes: 0, batches: 0, without: 0 };
  const { perDay: burnPerDay, projected } = projectWeek(w.minutes, start, at);
  return {
    weekStart: start,
    weekEnd: new Date(Date.parse(start) + 7 * 864e5).toISOString().slice(0, 19) + "Z",
    usedMinutes: round1(w.minutes),
    budgetMinutes: options.macosBudgetMinutes,
    burnPerDay: round1(burnPerDay),
    projectedMinutes: round1(projected),
    overBudget: projected > options.macosBudgetMinutes,
    batches: w.batches,
    batchesWithoutMinutes: w.without
  };
}
var round1 = (v) => Math.round(v * 10) / 10;

// node_modules/csv-stringify/lib/utils/get.js
var charCodeOfDot = ".".charCodeAt(0);
var rePropName = RegExp(
  // Match anything that isn't a dot or bracket.
  `[^.[\\]]+|\\[(?:([^"'][^[]*)|(["'])((?:(?!\\2)[^\\\\]|\\\\.)*?)\\2)\\]|(?=(?:\\.|\\[\\])(?:\\.|\\[\\]|$))`,
  "g"
);

// node_modules/csv-stringify/lib/api/index.js
var bom_utf8 = Buffer.from([239, 187, 191]);

// src/cost/cost.ts
function batchCost(run, prices) {
  const minutes = platformMinutesOf(run);
  const platforms = emptyDict();
  let total = 0;
  for (const [name, c] of Object.entries(run.platforms)) {
    const runner = runnerOfPlatform(name);
    const m = minutes[name];
    const dollars = m === void 0 ? 0 : m * prices.perMinute[runner];
    total += dollars;
    platforms[name] = {
      runner,
      minutes: m ?? 0,
      dollars,
      unknownBatches: m === void 0 && c.tested > 0 ? 1 : 0
    };
  }
  return { platforms, total };
}
function weeklyCost(weeks, prices) {
  return weeks.map((w) => {
    const platforms = emptyDict();
    let dollars = 0;
    const names = /* @__PURE__ */ new Set([
      ...Object.keys(w.platformMinutes ?? {}),
      ...Object.keys(w.platformUnknown ?? {})
    ]);
    for (const name of names) {
      const runner = runnerOfPlatform(name);
      const minutes = w.platformMinutes?.[name] ?? 0;
      const cost = minutes * prices.perMinute[runner];
      dollars += cost;
      platforms[name] = {
        runner,
        minutes,
        dollars: cost,
        unknownBatches: w.platformUnknown?.[name] ?? 0
      };
    }
    return { weekStart: w.weekStart, batches: w.batches, dollars, platforms };
  });
}
function dollarBudget(week, at, budget) {
  const { perDay, projected } = projectWeek(week.dollars, week.weekStart, at);
  return {
    weekStart: week.weekStart,
    used: week.dollars,
    budget,
    perDay,
    projected,
    overBudget: projected > budget
  };
}
function costTrend(weeks, at) {
  const latest = weeks[weeks.length - 1];
  const previous = weeks[weeks.length - 2];
  if (!latest || !previous || previous.dollars <= 0) return void 0;
  const { projected } = projectWeek(latest.dollars, latest.weekStart, at);
  return { projected, previous: previous.dollars, change: projected / previous.dollars - 1 };
}

// src/objectives/insight.ts
var objectivesSource = (o) => o.file ?? "defaults, no objectives file";
function batchInsight(recent, weeks, focus, objectives) {
  const upToFocus = focus ? recent.slice(0, recent.lastIndexOf(focus) + 1 || void 0) : recent;
  const platforms = platformObjectives(upToFocus, objectives);
  const costs = weeklyCost(weeks, objectives.prices);
  const cost = focus ? batchCost(focus, objectives.prices) : void 0;
  const focusWeek = focus ? costs.find((w) => w.weekStart === weekOf(focus, weeks)) : void 0;
  const budget = objectives.budget.dollars;
  return {
    source: objectivesSource(objectives),
    status: worstStatus(platforms.map((p) => p.status)),
    platforms,
    batch: focus && cost ? { batchId: focus.batchId, ...cost } : void 0,
    weeks: costs,
    trend: focus ? costTrend(costs, focus.timestamp) : void 0,
    dollars: focus && focusWeek && budget !== void 0 ? dollarBudget(focusWeek, focus.timestamp, budget) : void 0
  };
}
function weekOf(focus, weeks) {
  return weeks.filter((w) => w.weekStart <= focus.timestamp).at(-1)?.weekStart;
}

// src/report/batch-summary.ts
var SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
var DROP_ORDER = [
  "weekly cost",
  "window categories",
  "matrix",
  "chart",
  "failing recipes",
  "trends",
  "failure categories",
  "changes"
];
function batchSummary(r, options) {
  const focus = r.focus;
  const attention = attentionOf(r, options.minPassRate);
  const sections = [];
  const add = (name, body) => body && sections.push({ name, body });
  if (!focus) {
    add(
      "heading",
      `## Batch summary

No batch record found${r.window.ecosystem ? ` for ${text(r.window.ecosystem)}` : ""}.`
    );
  } else {
    add("heading", `## ${headline(r, attention)}`);
    if (options.insight) add("objectives alert", batchObjectivesTop(options.insight));
    add("alerts", alertsMarkdown(attention));
    add("same id", sameIdNote(r));
    add(
      "batch table",
      options.batchTableAbove ? `${focusTable(r, true)}

_This batch's counts per platform are in the batch-metrics table above._` : focusTable(r)
    );
    add("changes", changesMarkdown(r));
    add("failing recipes", failingRecipesMarkdown(r));
    const cats = categoriesTable(r.focusCategories);
    add(
      "failure categories",
      `### Failure categories in this batch

${cats ?? "No failure records for this batch."}`
    );
    if (r.macos)
      add(
        "macOS budget",
        `${budgetMark(r.macos)} **macOS budget:** ${text(budgetLine(r.macos))}${r.macos.overBudget ? " \u2014 **projected over budget**" : ""}`
      );
    if (options.insight) {
      add("objectives", batchObjectivesMarkdown(options.insight));
      add("cost", batchCostMarkdown(options.insight));
      if (options.insight.weeks.length > 1)
        add("weekly cost", `#### Cost per week

${weeklyCostTable(options.insight.weeks)}`);
    }
  }
  const oneBatch = focus !== void 0 && r.window.batches <= 1;
  if (!oneBatch) add("trends", `### Trends: ${text(windowLabel(r))}

${trendsTable(r)}`);
  add("chart", trendChart(r, options.minPassRate));
  add(
    "insights",
    `### Insights

${insightLines(r, options.skipThreshold, true).map((l) => `- ${text(l)}`).join("\n")}`
  );
  const matrix = matrixTable(r);
  if (matrix) add("matrix", `### Failure rate by ecosystem and platform

${matrix}`);
  const windowCats = categoriesTable(r.categories);
  if (windowCats && !oneBatch)
    add("window categories", `### Failure categories, ${text(windowLabel(r))}

${windowCats}`);
  add("folded", foldedNote(r));
  return fitToLimit(sections, options.limitBytes ?? SUMMARY_LIMIT_BYTES, attention);
}
function fitToLimit(sections, limit, attention) {
  const dropped = [];
  const render = () => sections.map((s) => s.body).join("\n\n") + (dropped.length ? `

_Left out to stay under GitHub's 1 MiB summary limit: ${dropped.join(", ")}._` : "") + "\n";
  let markdown = render();
  while (Buffer.byteLength(markdown) > limit) {
    const name = DROP_ORDER.find((n) => sections.some((s) => s.name === n));
    const at = name === void 0 ? -1 : sections.findIndex((s) => s.name === name);
    if (at === -1) {
      const cut = Buffer.from(markdown).subarray(0, limit - 200).toString("utf8");
      markdown = `${cut.slice(0, cut.lastIndexOf("\n"))}

_Summary cut short at GitHub's 1 MiB limit._
`;
      dropped.push("the end of the summary");
      break;
    }
    dropped.unshift(sections[at].name);
    sections.splice(at, 1);
    markdown = render();
  }
  return {
    markdown,
    bytes: Buffer.byteLength(markdown),
    breaches: attention.breaches,
    attention,
    dropped
  };
}

// src/jobs/branch-files.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";

// src/batch/paths.ts
var DEFAULT_METRICS_PATH = "data/metrics/batch-runs.jsonl";
var DEFAULT_FAILURES_DIR = "data/failures";

// src/history/load.ts
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";

// src/batch/aggregate.ts
function weakestPlatform(platforms) {
  let weakest;
  for (const [name, c] of Object.entries(platforms)) {
    if (c.tested === 0) continue;
    const rate = c.passed / c.tested;
    if (!weakest || rate < weakest.rate || rate === weakest.rate && c.failed > weakest.failed)
      weakest = { name, rate, failed: c.failed };
  }
  return weakest?.name;
}

// src/history/failures.ts
var failureOfEcosystem = (failure, ecosystem) => failure.ecosystem === void 0 || failure.ecosystem === ecosystem;
function countCategory(counts, platform, category) {
  const cats = counts.get(platform) ?? /* @__PURE__ */ new Map();
  cats.set(category, (cats.get(category) ?? 0) + 1);
  counts.set(platform, cats);
}
function categoryShares(counts) {
  const out = emptyDict();
  for (const platform of [...counts.keys()].sort(platformOrder)) {
    const cats = counts.get(platform);
    const total = [...cats.values()].reduce((a, b) => a + b, 0);
    out[platform] = [...cats].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([category, count]) => ({ category, count, share: count / total }));
  }
  return out;
}
function noteRecipeFailure(recipes, failure, platform) {
  let perPlatform = recipes.get(failure.recipe);
  if (!perPlatform) recipes.set(failure.recipe, perPlatform = /* @__PURE__ */ new Map());
  const seen = perPlatform.get(platform);
  const timestamp = failure.timestamp ?? "";
  if (!seen) perPlatform.set(platform, { category: failure.category, timestamp });
  else if (timestamp > seen.timestamp || timestamp === seen.timestamp && failure.category > seen.category) {
    seen.category = failure.category;
    seen.timestamp = timestamp;
  }
}
function unlockInsight(recipes) {
  const perPlatform = /* @__PURE__ */ new Map();
  for (const [recipe, platforms] of recipes) {
    if (platforms.size !== 1) continue;
    const [platform, { category }] = [...platforms][0];
    const cats = perPlatform.get(platform) ?? /* @__PURE__ */ new Map();
    cats.set(category, [...cats.get(category) ?? [], recipe]);
    perPlatform.set(platform, cats);
  }
  return [...perPlatform].sort(([a], [b]) => platformOrder(a, b)).map(([platform, cats]) => {
    const [category, recipes2] = [...cats].sort(
      (a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1)
    )[0];
    return {
      platform,
      category,
      recipes: recipes2.length,
      examples: [...recipes2].sort().slice(0, 5)
    };
  });
}

// src/history/model.ts
var FOCUS_FAILURE_LIMIT = 1e3;

// src/history/focus.ts
var cell = (recipe, platform) => `${platform}\0${recipe}`;
var FocusFailures = class {
  /** (platform, recipe) → the failure; one per cell, the newest record wins. */
  current = /* @__PURE__ */ new Map();
  previous = /* @__PURE__ */ new Set();
  addFocus(failure, platform) {
    const key = cell(failure.recipe, platform);
    const timestamp = failure.timestamp ?? "";
    const seen = this.current.get(key);
    if (seen && seen.timestamp > timestamp) return;
    this.current.set(key, {
      recipe: failure.recipe,
      platform,
      category: failure.category,
      exitCode: failure.exitCode,
      message: failure.message,
      timestamp
    });
  }
  addPrevious(failure, platform) {
    this.previous.add(cell(failure.recipe, platform));
  }
  detail(focus, previous, sameId, keepPlatform) {
    const all = [...this.current.values()].filter((f) => keepPlatform(f.platform)).sort(
      (a, b) => platformOrder(a.platform, b.platform) || (a.recipe < b.recipe ? -1 : a.recipe > b.recipe ? 1 : 0)
    );
    const failures = all.slice(0, FOCUS_FAILURE_LIMIT).map(({ timestamp: _t, ...failure }) => failure);
    const tested = (run) => Object.entries(run.platforms).filter(([name, c]) => c.tested > 0 && keepPlatform(name));
    return {
      sameId: [...sameId].sort(),
      previous: previous ? {
        batchId: previous.batchId,
        timestamp: previous.timestamp,
        platforms: previous.platforms
      } : void 0,
      weakestPlatform: weakestPlatform(Object.fromEntries(tested(focus))),
      missingPlatforms: previous ? tested(previous).map(([name]) => name).filter((name) => !(name in focus.platforms)) : [],
      failures,
      failureCount: all.length,
      // Only meaningful when the previous batch's failure records were read (a previous exists).
      newlyFailing: previous ? all.filter((f) => !this.previous.has(cell(f.recipe, f.platform))).map(({ recipe, platform }) => ({ recipe, platform })) : []
    };
  }
};

// src/history/matrix.ts
function addToMatrix(matrix, run, keep = () => true) {
  for (const [name, c] of Object.entries(run.platforms)) {
    if (!keep(name) || c.tested === 0) continue;
    const cell2 = (matrix[run.ecosystem] ??= emptyDict())[name] ??= {
      batches: 0,
      tested: 0,
      failed: 0,
      failureRate: null
    };
    cell2.batches++;
    cell2.tested += c.tested;
    cell2.failed += c.failed;
    cell2.failureRate = cell2.failed / cell2.tested;
  }
}
function cellsWorthSkipping(matrix, threshold, minRuns) {
  return Object.entries(matrix).flatMap(
    ([ecosystem, row]) => Object.entries(row).filter(
      ([, c]) => ecosystem !== MIXED && c.batches >= minRuns && (c.failureRate ?? 0) > threshold
    ).map(([platform, c]) => ({
      ecosystem,
      platform,
      failureRate: c.failureRate,
      batches: c.batches
    }))
  );
}

// src/history/placement.ts
function spanOf(run, before, next, sharedId) {
  const hour = hourAfter(run.timestamp);
  const upTo = next !== void 0 && next <= hour ? justBefore(next, run.timestamp) : hour;
  return { batchId: run.batchId, after: before?.timestamp ?? "", upTo, sharedId };
}
function inSpan(failure, span) {
  if (failure.batchId !== void 0) {
    if (failure.batchId !== span.batchId) return false;
    if (!span.sharedId || failure.timestamp === void 0) return true;
  }
  return inTimes(failure.timestamp, span);
}
function inTimes(t, span) {
  return t !== void 0 && t > span.after && t <= span.upTo;
}
function justBefore(next, floor) {
  const t = Date.parse(next);
  if (Number.isNaN(t)) return floor;
  const before = new Date(t - 1e3).toISOString().slice(0, 19) + "Z";
  return before < floor ? floor : before;
}

// src/changepoint/detect.ts
var import_jstat = __toESM(require_jstat(), 1);
var CHANGE_POINT_DEFAULTS = {
  windowLength: 30,
  maxPValue: 1e-3,
  minMagnitude: 0.05,
  minSegment: 3
};
function changePoints(series, options = {}) {
  const o = { ...CHANGE_POINT_DEFAULTS, ...options };
  if (!(o.windowLength >= 2)) throw new RangeError("windowLength must be at least 2");
  if (series.some((v) => !Number.isFinite(v)))
    throw new RangeError("a series to test for change points holds only finite numbers");
  const firstPass = o.maxPValue < 0.05 ? o.maxPValue * 10 : o.maxPValue < 0.5 ? o.maxPValue * 2 : o.maxPValue;
  const weak = split(series, o.windowLength, firstPass);
  return merge(weak, series, o);
}
function twoPass(series) {
  return (from, to) => {
    const n = to - from;
    let sum = 0;
    for (let i = from; i < to; i++) sum += series[i];
    const mean = sum / n;
    let squares = 0;
    for (let i = from; i < to; i++) squares += (series[i] - mean) ** 2;
    return { mean, stddev: n >= 2 ? Math.sqrt(squares / n) : 0, n };
  };
}
function prefixSums(series) {
  const shift = series.reduce((a, b) => a + b, 0) / Math.max(1, series.length);
  const sums = new Float64Array(series.length + 1);
  const squares = new Float64Array(series.length + 1);
  series.forEach((v, i) => {
    sums[i + 1] = sums[i] + (v - shift);
    squares[i + 1] = squares[i] + (v - shift) ** 2;
  });
  return (from, to) => {
    const n = to - from;
    const mean = (sums[to] - sums[from]) / n;
    const variance = Math.max(0, (squares[to] - squares[from]) / n - mean ** 2);
    return { mean: mean + shift, stddev: n >= 2 ? Math.sqrt(variance) : 0, n };
  };
}
function tTest(a, b) {
  if (a.n + b.n <= 2) return 1;
  const df = a.n + b.n - 2;
  const pooled = ((a.n - 1) * a.stddev ** 2 + (b.n - 1) * b.stddev ** 2) / df;
  const denominator = Math.sqrt(pooled * (1 / a.n + 1 / b.n));
  const difference = a.mean - b.mean;
  if (denominator === 0) return difference === 0 ? 1 : 0;
  const t = difference / denominator;
  return Math.min(1, import_jstat.jStat.ibeta(df / (df + t * t), df / 2, 0.5));
}
function measure(segments, from, index, to) {
  const before = segments(from, index);
  const after = segments(index, to);
  const forward = before.mean === 0 ? 0 : after.mean / before.mean - 1;
  const backward = after.mean === 0 ? 0 : before.mean / after.mean - 1;
  return {
    index,
    meanBefore: before.mean,
    meanAfter: after.mean,
    stddevBefore: before.stddev,
    stddevAfter: after.stddev,
    pointsBefore: before.n,
    pointsAfter: after.n,
    relativeChange: forward,
    magnitude: Math.max(Math.abs(forward), Math.abs(backward)),
    pValue: tTest(before, after)
  };
}
function remeasure(segments, length, indexes) {
  return indexes.map(
    (index, i) => measure(segments, i === 0 ? 0 : indexes[i - 1], index, indexes[i + 1] ?? length)
  );
}
function candidate(prefix, size, from, to) {
  const block = (r0, r1, c0, c1) => prefix[r1 * (size + 1) + c1] - prefix[r0 * (size + 1) + c1] - prefix[r1 * (size + 1) + c0] + prefix[r0 * (size + 1) + c0];
  let best = { index: from + 1, qhat: -Infinity };
  for (let tau = from + 1; tau < to; tau++) {
    const n = tau - from;
    const within = block(from, tau, from, tau) / 2;
    if (tau > from + 1 && best.qhat < 0) best = { index: tau, qhat: 0 };
    for (let kappa = tau + 1; kappa <= to; kappa++) {
      const m = kappa - tau;
      const between = block(from, tau, tau, kappa);
      const withinY = block(tau, kappa, tau, kappa) / 2;
      const q = 2 / (n + m) * between - (n > 1 ? 2 * m / ((n + m) * (n - 1)) * within : 0) - (m > 1 ? 2 * n / ((n + m) * (m - 1)) * withinY : 0);
      if (q > best.qhat) best = { index: tau, qhat: q };
    }
  }
  return best;
}
function distancePrefix(window, scratch) {
  const size = window.length;
  const prefix = scratch.length >= (size + 1) ** 2 ? scratch : new Float64Array((size + 1) ** 2);
  for (let i = 0; i <= size; i++) prefix[i] = prefix[i * (size + 1)] = 0;
  for (let r = 1; r <= size; r++) {
    let row = 0;
    for (let c = 1; c <= size; c++) {
      row += Math.abs(window[r - 1] - window[c - 1]);
      prefix[r * (size + 1) + c] = prefix[(r - 1) * (size + 1) + c] + row;
    }
  }
  return prefix;
}
function divide(window, maxPValue, scratch) {
  const prefix = distancePrefix(window, scratch);
  const segments = twoPass(window);
  const found = [];
  for (; ; ) {
    const bounds = [0, ...found, window.length];
    let best;
    for (let i = 0; i + 1 < bounds.length; i++) {
      const from = bounds[i];
      const to = bounds[i + 1];
      if (to - from < 2) continue;
      const c = candidate(prefix, window.length, from, to);
      if (!best || c.qhat > best.qhat) best = { ...c, from, to };
    }
    if (!best) break;
    if (measure(segments, best.from, best.index, best.to).pValue > maxPValue) break;
    found.push(best.index);
    found.sort((a, b) => a - b);
  }
  return found;
}
function split(series, windowLength, maxPValue) {
  const step = Math.floor(windowLength / 2);
  const found = /* @__PURE__ */ new Set();
  const scratch = new Float64Array((Math.min(windowLength, series.length) + 1) ** 2);
  let start = 0;
  while (start < series.length) {
    const end = Math.min(start + windowLength, series.length);
    const inWindow = divide(series.slice(start, end), maxPValue, scratch).map((i) => i + start);
    for (const i of inWindow) found.add(i);
    start = Math.max(inWindow.length ? inWindow[inWindow.length - 1] : 0, start + step);
  }
  return [...found].sort((a, b) => a - b);
}
function merge(indexes, series, o) {
  const segments = prefixSums(series);
  const points = remeasure(segments, series.length, indexes);
  while (points.length > 0) {
    const short = (p) => Math.min(p.pointsBefore, p.pointsAfter);
    let weakest = points.reduce((w, p) => short(p) < short(w) ? p : w);
    if (short(weakest) >= o.minSegment) {
      weakest = points.reduce((w, p) => p.pValue > w.pValue ? p : w);
      if (weakest.pValue < o.maxPValue) {
        weakest = points.reduce((w, p) => p.magnitude < w.magnitude ? p : w);
        if (weakest.magnitude > o.minMagnitude) break;
      }
    }
    const at = points.indexOf(weakest);
    points.splice(at, 1);
    for (const i of o.otavaMerge ? [at, at + 1] : [at - 1, at]) {
      if (i < 0 || i >= points.length) continue;
      const from = i === 0 ? 0 : points[i - 1].index;
      const to = points[i + 1]?.index ?? series.length;
      points[i] = measure(segments, from, points[i].index, to);
    }
  }
  return remeasure(
    twoPass(series),
    series.length,
    points.map((p) => p.index)
  );
}

// src/history/pass-rate-changes.ts
var MIN_BATCHES_FOR_CHANGES = 8;
function passRateChanges(runs, windowStart, names) {
  const out = { tested: [], tooShort: [], changes: [] };
  const inWindow = new Set(runs.slice(windowStart));
  for (const platform of names) {
    const points = runs.filter((r) => (r.platforms[platform]?.tested ?? 0) > 0);
    if (!points.some((r) => inWindow.has(r))) continue;
    if (points.length < MIN_BATCHES_FOR_CHANGES) {
      out.tooShort.push(platform);
      continue;
    }
    out.tested.push(platform);
    const rates = points.map((r) => r.platforms[platform].passed / r.platforms[platform].tested);
    for (const c of changePoints(rates)) {
      const first = points[c.index];
      if (!inWindow.has(first)) continue;
      out.changes.push({
        platform,
        batchId: first.batchId,
        timestamp: first.timestamp,
        before: c.meanBefore,
        after: c.meanAfter,
        batchesBefore: c.pointsBefore,
        batchesAfter: c.pointsAfter,
        relativeChange: c.relativeChange,
        pValue: c.pValue,
        falling: c.meanAfter < c.meanBefore
      });
    }
  }
  return out;
}

// src/history/platform-names.ts
var PlatformFolding = class {
  constructor(known, configured = (e) => e) {
    this.known = known;
    this.configured = configured;
  }
  known;
  configured;
  cache = /* @__PURE__ */ new Map();
  foldedNames = /* @__PURE__ */ new Map();
  fold(environment) {
    let platform = this.cache.get(environment);
    if (platform === void 0) {
      platform = this.resolve(environment);
      this.cache.set(environment, platform);
      if (platform !== environment) this.foldedNames.set(environment, platform);
    }
    return platform;
  }
  /** Every environment seen under another name, sorted: what the page says it folded. */
  folded() {
    return [...this.foldedNames].map(([from, to]) => ({ from, to })).sort((a, b) => a.from < b.from ? -1 : a.from > b.from ? 1 : 0);
  }
  resolve(environment) {
    if (this.known.has(environment)) return environment;
    const mapped = this.configured(environment);
    if (this.known.has(mapped) || this.known.size === 0) return mapped;
    const coarse = osAndArch(mapped) ?? osAndArch(environment);
    return coarse && this.known.has(coarse) ? coarse : mapped;
  }
};
function osAndArch(name) {
  const parts = name.split("-");
  return parts.length > 2 ? `${parts[0]}-${parts[parts.length - 1]}` : void 0;
}

// src/history/platforms.ts
var passRate = (passed, tested) => tested > 0 ? passed / tested : null;
function addCounts(totals, name, c) {
  const t = totals.get(name) ?? { tested: 0, passed: 0, failed: 0, skipped: 0 };
  t.tested += c.tested;
  t.passed += c.passed;
  t.failed += c.failed;
  t.skipped = (t.skipped ?? 0) + (c.skipped ?? 0);
  totals.set(name, t);
}
function sumPlatforms(runs, keep) {
  const totals = /* @__PURE__ */ new Map();
  for (const run of runs)
    for (const [name, c] of Object.entries(run.platforms))
      if (keep(name)) addCounts(totals, name, c);
  return totals;
}
function platformSummaries(current, before) {
  const platforms = emptyDict();
  for (const name of [...current.keys()].sort(platformOrder)) {
    const c = current.get(name);
    const p = before.get(name);
    platforms[name] = {
      tested: c.tested,
      passed: c.passed,
      failed: c.failed,
      skipped: c.skipped ?? 0,
      passRate: passRate(c.passed, c.tested),
      previousPassRate: p ? passRate(p.passed, p.tested) : null
    };
  }
  return platforms;
}
function passRateTrend(window, names) {
  return window.map((run) => ({
    batchId: run.batchId,
    ecosystem: run.ecosystem,
    timestamp: run.timestamp,
    passRates: dictFrom(
      names.map((n) => [
        n,
        run.platforms[n] ? passRate(run.platforms[n].passed, run.platforms[n].tested) : null
      ])
    )
  }));
}
function fallingPlatforms(window, names, threshold) {
  const out = [];
  for (const name of names) {
    const tested = window.filter((r) => (r.platforms[name]?.tested ?? 0) > 0);
    if (tested.length < 4) continue;
    const half = Math.floor(tested.length / 2);
    const rateOf = (runs) => {
      const c = sumPlatforms(runs, (n) => n === name).get(name);
      return c.passed / c.tested;
    };
    const from = rateOf(tested.slice(0, half));
    const to = rateOf(tested.slice(tested.length - half));
    if (from - to > threshold) out.push({ platform: name, from, to, batches: tested.length });
  }
  return out;
}

// src/history/aggregate.ts
var TREND_LIMIT = 50;
var BATCH_ID = /"batch_id"\s*:\s*"([^"]*)"/;
var HistoryAccumulator = class {
  constructor(options) {
    this.options = options;
    this.keep = Math.max(options.last > 0 ? options.last * 2 : TREND_LIMIT, options.keepRuns ?? 0);
  }
  options;
  keep;
  /** The latest runs up to the focus, oldest first, at most `keep`. */
  latest = [];
  /**
   * For the whole history (last 0): every batch's pass counts, compactly, for change-point
   * detection over the whole series (the trend keeps only the latest TREND_LIMIT).
   */
  passCounts = [];
  focusRun;
  /** The earliest run after an anchored focus: failures placed by time stop there. */
  nextAfterFocus;
  added = 0;
  weekByDay = /* @__PURE__ */ new Map();
  position = /* @__PURE__ */ new WeakMap();
  seen = /* @__PURE__ */ new Set();
  /** How many runs carry each id: a shared id does not place a failure on its own. */
  idCount = /* @__PURE__ */ new Map();
  weeks = /* @__PURE__ */ new Map();
  totals = /* @__PURE__ */ new Map();
  duplicates = 0;
  runs = 0;
  lastTested;
  /** Times of the runs newer than lastTested that tested nothing (an idle pipeline's span). */
  untestedSince = [];
  earliest;
  /** Full-history matrix (the window's is computed from the kept runs). */
  fullMatrix = emptyDict();
  windowCache;
  /** runHorizon/failureHorizon, asked once per record read: kept until the next run arrives. */
  horizons = {};
  folding;
  failureCounts = /* @__PURE__ */ new Map();
  focusCounts = /* @__PURE__ */ new Map();
  focusFailures = new FocusFailures();
  recipeFailures = /* @__PURE__ */ new Map();
  failures = 0;
  failuresInWindow = 0;
  matchedByTime = 0;
  /** The latest batches kept, up to the focus, oldest first (objectives over the last N batches). */
  recentRuns() {
    return [...this.latest];
  }
  /**
   * Runner minutes per week, oldest first, for the weeks read whole: every week when no kept
   * batch was dropped, else the focus's week and those that start after the oldest kept batch.
   */
  weeklyMinutes() {
    const dropped = this.runs > this.latest.length;
    const from = dropped ? this.latest[0]?.timestamp ?? "" : "";
    const focus = this.focus();
    const focusWeek = focus ? this.weekOf(focus.timestamp) : void 0;
    return [...this.weeks].filter(([start]) => start >= from || start === focusWeek).sort(([a], [b]) => a < b ? -1 : 1).map(([weekStart2, w]) => ({ weekStart: weekStart2, ...w }));
  }
  /**
   * `position`: where the run lies in the history (file order), which breaks ties in time as a
   * reader going forward would (the later line is the newer run); by default, the order added.
   */
  addRun(run, position = this.added) {
    this.added++;
    if (this.options.ecosystem && run.ecosystem !== this.options.ecosystem) return;
    this.position.set(run, position);
    const key = batchKey(run);
    if (this.seen.has(key)) {
      this.duplicates++;
      return;
    }
    this.seen.add(key);
    this.runs++;
    this.windowCache = void 0;
    this.horizons = {};
    this.folding = void 0;
    this.idCount.set(run.batchId, (this.idCount.get(run.batchId) ?? 0) + 1);
    if (this.earliest === void 0 || run.timestamp < this.earliest) this.earliest = run.timestamp;
    addToMatrix(this.fullMatrix, run);
    for (const [name, c] of Object.entries(run.platforms)) addCounts(this.totals, name, c);
    const { batchId, focusAt } = this.options;
    if (batchId !== void 0 && run.batchId === batchId && (!focusAt || run.timestamp === focusAt)) {
      if (!this.focusRun || this.newer(run, this.focusRun)) this.focusRun = run;
    }
    if (focusAt !== void 0 && run.timestamp > focusAt) {
      if (this.nextAfterFocus === void 0 || run.timestamp < this.nextAfterFocus)
        this.nextAfterFocus = run.timestamp;
      return;
    }
    const week = this.weekOf(run.timestamp);
    const w = this.weeks.get(week) ?? { minutes: 0, batches: 0, without: 0 };
    addToWeek(w, run);
    this.weeks.set(week, w);
    const tested = Object.values(run.platforms).some((c) => c.tested > 0);
    if (tested && (!this.lastTested || this.newer(run, this.lastTested))) {
      this.lastTested = run;
      this.untestedSince = this.untestedSince.filter((t) => t > run.timestamp);
    } else if (!tested && (!this.lastTested || this.newer(run, this.lastTested)))
      this.untestedSince.push(run.timestamp);
    if (this.options.last === 0)
      this.passCounts.push({
        batchId: run.batchId,
        timestamp: run.timestamp,
        platforms: run.platforms,
        position
      });
    let at = this.latest.length;
    while (at > 0 && this.newer(this.latest[at - 1], run)) at--;
    if (this.latest.length >= this.keep && at === 0) return;
    this.latest.splice(at, 0, run);
    if (this.latest.length > this.keep) this.latest.shift();
  }
  /**
   * Whether a failure record's raw text can matter, judged without parsing it: a record naming
   * a batch outside the window (and not the focus batch or the one before it) cannot. Most of a
   * long history is skipped this way. Anything unusual (no batch_id, escapes, a `failures`
   * array) is parsed.
   */
  mayMatter(text2) {
    if (this.options.last === 0 || text2.includes('"failures"')) return true;
    const id = BATCH_ID.exec(text2)?.[1];
    if (id === void 0 || id.includes("\\")) return true;
    const w = this.window();
    const matters = w.ids.has(id) || id === this.focus()?.batchId || id === w.previousOfFocus?.run.batchId;
    if (!matters) this.failures++;
    return matters;
  }
  /**
   * For reading a history newest first: the time before which no further run can change this
   * report (the window and the N before it, the focus batch's week, the latest batch that
   * tested anything) — undefined while runs of any time are still needed.
   */
  runHorizon() {
    if ("runs" in this.horizons) return this.horizons.runs;
    const o = this.options;
    const focus = this.focus();
    return this.horizons.runs = o.last === 0 || this.latest.length < this.keep || !this.lastTested || !focus ? void 0 : minTime([
      this.latest[0].timestamp,
      this.weekOf(focus.timestamp),
      this.lastTested.timestamp
    ]);
  }
  /** Likewise for failure records, once every run was added (an hour's slack, as when placing by time). */
  failureHorizon() {
    if ("failures" in this.horizons) return this.horizons.failures;
    if (this.options.last === 0) return this.horizons.failures = void 0;
    const w = this.window();
    const earliest = minTime(
      [
        w.span.after || w.window[0]?.timestamp,
        w.focusSpan?.after || this.focus()?.timestamp,
        w.previousOfFocus?.span.after || w.previousOfFocus?.run.timestamp
      ].filter((t) => !!t)
    );
    return this.horizons.failures = earliest === void 0 ? void 0 : hourBefore(earliest);
  }
  /** Like mayMatter, for batch records read newest first: one whose time (read raw, unparsed)
   * is older than runHorizon() cannot change the report (counted, not parsed). */
  runMayMatter(rawTime) {
    const horizon = this.runHorizon();
    if (horizon === void 0 || rawTime === void 0 || rawTime >= horizon) return true;
    this.runs++;
    return false;
  }
  /** Call after every run was added: failures are matched against the window. */
  addFailure(failure) {
    this.failures++;
    const o = this.options;
    if (o.ecosystem && !failureOfEcosystem(failure, o.ecosystem)) return;
    const w = this.window();
    this.folding ??= new PlatformFolding(new Set(this.totals.keys()), o.platformOf);
    const platform = this.folding.fold(failure.environment);
    if (o.platform && platform !== o.platform) return;
    const t = failure.timestamp;
    let inWindow;
    if (o.last === 0) inWindow = true;
    else if (failure.batchId !== void 0)
      inWindow = w.ids.has(failure.batchId) && ((this.idCount.get(failure.batchId) ?? 0) < 2 || t === void 0 || inTimes(t, w.span));
    else {
      inWindow = inTimes(t, w.span);
      if (inWindow) this.matchedByTime++;
    }
    if (w.focusSpan && inSpan(failure, w.focusSpan)) {
      countCategory(this.focusCounts, platform, failure.category);
      this.focusFailures.addFocus(failure, platform);
    } else if (w.previousOfFocus && inSpan(failure, w.previousOfFocus.span))
      this.focusFailures.addPrevious(failure, platform);
    if (!inWindow) return;
    this.failuresInWindow++;
    countCategory(this.failureCounts, platform, failure.category);
    noteRecipeFailure(this.recipeFailures, failure, platform);
  }
  report() {
    const o = this.options;
    const w = this.window();
    const { window, previous } = w;
    const keepPlatform = (name) => !o.platform || name === o.platform;
    const current = o.last > 0 ? sumPlatforms(window, keepPlatform) : new Map([...this.totals].filter(([n]) => keepPlatform(n)));
    const platforms = platformSummaries(current, sumPlatforms(previous, keepPlatform));
    const names = [...current.keys()].sort(platformOrder);
    const matrix = emptyDict();
    if (o.last > 0) for (const run of window) addToMatrix(matrix, run, keepPlatform);
    else
      for (const [e, row] of Object.entries(this.fullMatrix))
        for (const [p, cell2] of Object.entries(row))
          if (keepPlatform(p)) (matrix[e] ??= emptyDict())[p] = { ...cell2 };
    const focus = this.focus();
    const trend = passRateTrend(window, names);
    const changes = o.last > 0 ? passRateChanges([...previous, ...window], previous.length, names) : passRateChanges(
      [...this.passCounts].sort(
        (a, b) => a.timestamp !== b.timestamp ? a.timestamp < b.timestamp ? -1 : 1 : a.position - b.position
      ),
      0,
      names
    );
    return {
      window: {
        last: o.last,
        batches: o.last > 0 ? window.length : this.runs,
        previousBatches: previous.length,
        from: o.last > 0 ? window[0]?.timestamp : this.earliest,
        to: window[window.length - 1]?.timestamp,
        ecosystem: o.ecosystem,
        platform: o.platform
      },
      focus,
      focusDetail: focus ? this.focusFailures.detail(focus, w.previousOfFocus?.run, this.sameId(focus), keepPlatform) : void 0,
      idle: this.idle(),
      platforms,
      trend,
      categories: categoryShares(this.failureCounts),
      focusCategories: categoryShares(this.focusCounts),
      matrix,
      macos: focus ? weekBudget(this.weeks, focus.timestamp, o) : void 0,
      insights: {
        weakestPlatform: weakestPlatform(
          Object.fromEntries([...current].filter(([, c]) => c.tested > 0))
        ),
        falling: fallingPlatforms(window, names, o.fallThreshold).filter(
          (f) => !changes.tested.includes(f.platform)
        ),
        passRateChanges: changes,
        unlock: unlockInsight(this.recipeFailures),
        considerSkipping: cellsWorthSkipping(matrix, o.skipThreshold, o.skipMinRuns)
      },
      folded: this.folding?.folded() ?? [],
      lastTested: this.lastTested ? {
        batchId: this.lastTested.batchId,
        ecosystem: this.lastTested.ecosystem,
        timestamp: this.lastTested.timestamp
      } : void 0,
      counts: {
        runs: this.runs,
        duplicateRuns: this.duplicates,
        failures: this.failures,
        failuresInWindow: this.failuresInWindow,
        failuresMatchedByTime: this.matchedByTime
      }
    };
  }
  /** The batch the summary is about: the requested one, else the latest. */
  focus() {
    return this.options.batchId !== void 0 ? this.focusRun : this.latest[this.latest.length - 1];
  }
  /** Times of every record carrying the focus's id that this reader kept (the loader lists them all). */
  sameId(focus) {
    if (this.options.focusCandidates) return this.options.focusCandidates;
    return this.latest.filter((r) => r.batchId === focus.batchId).map((r) => r.timestamp);
  }
  /** Batches up to the focus that tested nothing, since the latest one that did. */
  idle() {
    return { batches: this.untestedSince.length, since: this.lastTested?.timestamp };
  }
  /** weekStart, once per day seen (asked for every run of a long history). */
  weekOf(timestamp) {
    const day = timestamp.endsWith("Z") ? timestamp.slice(0, 10) : timestamp;
    let week = this.weekByDay.get(day);
    if (week === void 0)
      this.weekByDay.set(day, week = weekStart(timestamp, this.options.weekStartDay));
    return week;
  }
  newer(a, b) {
    if (a.timestamp !== b.timestamp) return a.timestamp > b.timestamp;
    return this.position.get(a) > this.position.get(b);
  }
  window() {
    if (this.windowCache) return this.windowCache;
    const latest = this.latest;
    const n = this.options.last > 0 ? this.options.last : latest.length;
    const window = latest.slice(-n);
    const previous = this.options.last > 0 ? latest.slice(0, -n).slice(-n) : [];
    const beforeWindow = latest[latest.length - window.length - 1];
    const shared = (id) => (this.idCount.get(id) ?? 0) > 1;
    const nextOf = (i) => latest[i + 1]?.timestamp ?? this.nextAfterFocus;
    const focus = this.focus();
    const focusAt = focus ? latest.lastIndexOf(focus) : -1;
    let previousOfFocus;
    for (let i = focusAt - 1; i >= 0; i--) {
      if (latest[i].ecosystem !== focus.ecosystem) continue;
      if (!Object.values(latest[i].platforms).some((c) => c.tested > 0)) continue;
      const run = latest[i];
      previousOfFocus = { run, span: spanOf(run, latest[i - 1], nextOf(i), shared(run.batchId)) };
      break;
    }
    const lastSpan = window.length ? spanOf(window[window.length - 1], void 0, nextOf(latest.length - 1), true) : void 0;
    this.windowCache = {
      window,
      previous,
      ids: new Set(window.map((r) => r.batchId)),
      span: {
        after: this.options.last > 0 ? beforeWindow?.timestamp ?? "" : "",
        upTo: lastSpan?.upTo ?? ""
      },
      focusSpan: focus && focusAt >= 0 ? spanOf(
        focus,
        latest[focusAt - 1],
        nextOf(focusAt),
        shared(focus.batchId) || (this.options.focusCandidates?.length ?? 0) > 1
      ) : void 0,
      previousOfFocus
    };
    return this.windowCache;
  }
};

// src/files/json-stream.ts
var JsonValueSplitter = class _JsonValueSplitter {
  /** fastLines: hand over whole `{…}` lines unscanned (re-split a text that fails to parse with false). */
  constructor(fastLines = true) {
    this.fastLines = fastLines;
  }
  fastLines;
  buffer = "";
  depth = 0;
  inString = false;
  escaped = false;
  start = -1;
  startLine = 1;
  line = 1;
  /** Position in `buffer` up to which characters have been scanned. */
  scanned = 0;
  /** Every value of a complete text, scanned character by character (for a fast-path line that held several). */
  static splitStrictly(text2, line) {
    const strict = new _JsonValueSplitter(false);
    strict.line = line;
    return [...strict.push(text2), ...strict.finish()];
  }
  push(chunk) {
    this.buffer += chunk;
    const out = [];
    const b = this.buffer;
    let i = this.scanned;
    for (; i < b.length; i++) {
      if (this.fastLines && this.depth === 0 && !this.inString && b.charCodeAt(i) === 123) {
        const end = b.indexOf("\n", i);
        if (end === -1) break;
        let last = end - 1;
        if (b.charCodeAt(last) === 13) last--;
        if (b.charCodeAt(last) === 125) {
          out.push({ text: b.slice(i, last + 1), line: this.line });
          this.line++;
          i = end;
          continue;
        }
      }
      const c = b.charCodeAt(i);
      if (c === 10 && this.start !== -1) {
        if (!this.inString && i + 2 >= b.length) break;
        if (this.inString || b.charCodeAt(i + 1) === 123 && b.charCodeAt(i + 2) === 34) {
          out.push({ text: b.slice(this.start, i), line: this.startLine });
          this.start = -1;
          this.depth = 0;
          this.inString = false;
          this.escaped = false;
        }
      }
      if (c === 10) this.line++;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 92)
          this.escaped = true;
        else if (c === 34) this.inString = false;
        continue;
      }
      if (c === 34) {
        this.inString = true;
        if (this.depth === 0) this.begin(i);
        continue;
      }
      if (c === 123 || c === 91) {
        if (this.depth === 0) this.begin(i);
        this.depth++;
      } else if (c === 125 || c === 93) {
        this.depth--;
        if (this.depth === 0) {
          out.push({ text: b.slice(this.start, i + 1), line: this.startLine });
          this.start = -1;
        } else if (this.depth < 0) {
          out.push({ text: b.slice(i, i + 1), line: this.line });
          this.depth = 0;
        }
      } else if (this.depth === 0 && c > 32 && c !== 65279) {
        const end = b.indexOf("\n", i);
        if (end === -1) break;
        out.push({ text: b.slice(i, end), line: this.line });
        this.line++;
        i = end;
      }
    }
    const keepFrom = this.start === -1 ? i : this.start;
    this.buffer = b.slice(keepFrom);
    if (this.start !== -1) this.start -= keepFrom;
    this.scanned = i - keepFrom;
    return out;
  }
  /** Whatever is left at the end of the stream (a truncated value) is returned as is. */
  finish() {
    const rest = this.start === -1 ? this.buffer.slice(this.scanned).trim() : this.buffer.slice(this.start);
    this.buffer = "";
    return rest.trim() ? [{ text: rest, line: this.start === -1 ? this.line : this.startLine }] : [];
  }
  begin(i) {
    this.start = i;
    this.startLine = this.line;
  }
};

// src/history/lines-from-end.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
var NEWLINE = 10;
function* linesFromEnd(file, maxBlock = 1 << 20, firstBlock = Math.min(maxBlock, 64 << 10)) {
  const fd = openSync(file, "r");
  try {
    let position = fstatSync(fd).size;
    let carry = Buffer.alloc(0);
    for (let blockSize = firstBlock; position > 0; blockSize = Math.min(maxBlock, blockSize * 2)) {
      const length = Math.min(blockSize, position);
      position -= length;
      const block = Buffer.allocUnsafe(length);
      for (let read = 0; read < length; ) {
        const bytesRead = readSync(fd, block, read, length - read, position + read);
        if (bytesRead === 0) throw new Error(`${file} shrank while it was read`);
        read += bytesRead;
      }
      const bytes = carry.length ? Buffer.concat([block, carry]) : block;
      let end = bytes.length;
      for (let nl = end > 0 ? bytes.lastIndexOf(NEWLINE, end - 1) : -1; nl !== -1; ) {
        const line = lineText(bytes, nl + 1, end);
        if (line) yield line;
        end = nl;
        nl = end > 0 ? bytes.lastIndexOf(NEWLINE, end - 1) : -1;
      }
      carry = bytes.subarray(0, end);
    }
    const first = lineText(carry, 0, carry.length);
    if (first) yield first;
  } finally {
    closeSync(fd);
  }
}
function lineText(bytes, start, end) {
  return bytes.toString("utf8", start, end).trim();
}

// src/history/load.ts
async function exists(path) {
  return stat(path).then(
    (s) => s.isFile(),
    () => false
  );
}
async function filesUnder(dir) {
  try {
    const names = (await readdir(dir, { recursive: true })).map(String);
    return names.filter((n) => /\.jsonl?$/.test(n)).sort().map((n) => join(dir, n));
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
}
function metricsPathIsFolder(metricsPath) {
  return new InputError(
    `${metricsPath} is a folder, not the metrics file: --metrics-path names a file such as data/metrics/batch-runs.jsonl (its batch-runs-*.jsonl siblings are read too)`
  );
}
async function historyFiles(root, paths) {
  const metricsFile = join(root, paths.metricsPath);
  if ((await stat(metricsFile).catch(() => void 0))?.isDirectory())
    throw metricsPathIsFolder(paths.metricsPath);
  const dir = dirname(metricsFile);
  const stem = basename(metricsFile).replace(/\.jsonl?$/, "");
  const siblings = (await filesUnder(dir)).filter(
    (f) => dirname(f) === dir && basename(f).startsWith(`${stem}-`)
  );
  const metrics = [...await exists(metricsFile) ? [metricsFile] : [], ...siblings];
  return { metrics, failures: await filesUnder(join(root, paths.failuresDir)) };
}
async function readBatchRuns(root, file, add, skipped) {
  let ignored = 0;
  const shown = relative(root, file);
  await eachJsonValue(
    file,
    shown,
    (value, line) => {
      const record = readBatchRecord(value);
      if (!record) ignored++;
      else if ("problem" in record) skipped.push({ file: shown, line, reason: record.problem });
      else add(record.run);
    },
    skipped
  );
  return ignored;
}
async function eachJsonValue(file, shownAs, each, skipped, mayMatter = () => true) {
  const splitter = new JsonValueSplitter();
  const handle = (texts, retry = true) => {
    for (const { text: text2, line } of texts) {
      if (!mayMatter(text2)) continue;
      let value;
      try {
        value = JSON.parse(text2);
      } catch (error) {
        const pieces = retry ? JsonValueSplitter.splitStrictly(text2, line) : [];
        if (pieces.length > 1) handle(pieces, false);
        else skipped.push({ file: shownAs, line, reason: withoutQuote(error.message) });
        continue;
      }
      each(value, line);
    }
  };
  const stream = createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 });
  for await (const chunk of stream) handle(splitter.push(chunk));
  handle(splitter.finish());
}
function withoutQuote(message) {
  return message.replace(/, (\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s, " (not valid JSON)");
}
var TAIL_MARGIN = 1e3;
async function loadHistory(root, paths, options, { readAll = false } = {}) {
  const files = await historyFiles(root, paths);
  if (options.batchId !== void 0) options = await locateFocus(root, files.metrics, options);
  if (options.last > 0 && !readAll) {
    const newestFirst2 = loadNewestFirst(root, files, options);
    if (newestFirst2) return newestFirst2;
  }
  return loadWhole(root, files, options);
}
async function locateFocus(root, metrics, options) {
  const id = options.batchId;
  const needle = JSON.stringify(id);
  const times = /* @__PURE__ */ new Set();
  for (const file of metrics) {
    await eachJsonValue(
      file,
      relative(root, file),
      (value) => {
        const record = readBatchRecord(value);
        const run = record && "run" in record ? record.run : void 0;
        if (run?.batchId === id && (!options.ecosystem || run.ecosystem === options.ecosystem))
          times.add(run.timestamp);
      },
      [],
      (text2) => text2.includes(needle)
    );
  }
  const candidates = [...times].sort();
  if (candidates.length === 0) return options;
  if (options.batchAt !== void 0 && !times.has(options.batchAt)) {
    throw new InputError(
      `No record of batch ${needle} at ${options.batchAt}: the ${candidates.length} record(s) carrying it were written at ${candidates.join(", ")}`
    );
  }
  const focusAt = options.batchAt ?? candidates[candidates.length - 1];
  return { ...options, focusAt, focusCandidates: candidates };
}
async function loadWhole(root, files, options) {
  const acc = new HistoryAccumulator(options);
  const skipped = [];
  let ignored = 0;
  for (const file of files.metrics)
    ignored += await readBatchRuns(root, file, (run) => acc.addRun(run), skipped);
  for (const file of files.failures) {
    await eachJsonValue(
      file,
      relative(root, file),
      (value) => {
        const failures = toFailures(value);
        if (failures.length === 0) ignored++;
        for (const f of failures) acc.addFailure(f);
      },
      skipped,
      (text2) => acc.mayMatter(text2)
    );
  }
  return {
    report: acc.report(),
    recent: acc.recentRuns(),
    weeks: acc.weeklyMinutes(),
    files: { metrics: files.metrics.length, failures: files.failures.length },
    skipped,
    ignored,
    readFromEnd: false
  };
}
var UNSUITABLE = /* @__PURE__ */ Symbol("unsuitable");
function loadNewestFirst(root, files, options) {
  const acc = new HistoryAccumulator(options);
  let ignored = 0;
  let leftEarly = false;
  for (const [index, file] of files.metrics.entries()) {
    let position = (index + 1) * 2 ** 40;
    const read = eachLineNewestFirst(
      file,
      () => acc.runHorizon(),
      (value) => {
        const record = readBatchRecord(value);
        if (record && "problem" in record) return UNSUITABLE;
        if (record) acc.addRun(record.run, --position);
        else ignored++;
        return record?.run.timestamp;
      },
      (_text, rawTime) => acc.runMayMatter(rawTime)
    );
    if (read === "unsuitable") return void 0;
    leftEarly ||= read === "left early";
  }
  for (const file of files.failures) {
    const read = eachLineNewestFirst(
      file,
      () => acc.failureHorizon(),
      (value) => {
        const failures = toFailures(value);
        if (failures.length === 0) ignored++;
        for (const f of failures) acc.addFailure(f);
      },
      (text2) => acc.mayMatter(text2)
    );
    if (read === "unsuitable") return void 0;
    leftEarly ||= read === "left early";
  }
  return {
    report: acc.report(),
    recent: acc.recentRuns(),
    weeks: acc.weeklyMinutes(),
    files: { metrics: files.metrics.length, failures: files.failures.length },
    skipped: [],
    ignored,
    readFromEnd: leftEarly
  };
}
function eachLineNewestFirst(file, horizon, each, mayMatter = () => true) {
  let older = 0;
  for (const text2 of linesFromEnd(file)) {
    if (!text2.startsWith("{") || !text2.endsWith("}")) return "unsuitable";
    const rawTime = rawTimestamp(text2);
    let time = rawTime;
    if (mayMatter(text2, rawTime)) {
      let value;
      try {
        value = JSON.parse(text2);
      } catch {
        return "unsuitable";
      }
      const result = each(value);
      if (result === UNSUITABLE) return "unsuitable";
      time = result ?? rawTime;
    }
    if (time === void 0) continue;
    const before = horizon();
    older = before !== void 0 && time < before ? older + 1 : 0;
    if (older >= TAIL_MARGIN) return "left early";
  }
  return "read whole";
}
async function windowHorizons(root, paths, options) {
  const files = await historyFiles(root, paths);
  if (options.batchId !== void 0) {
    options = await locateFocus(root, files.metrics, options);
    if (options.focusAt === void 0) return {};
  }
  const acc = new HistoryAccumulator(options);
  for (const file of files.metrics) {
    await eachJsonValue(
      file,
      relative(root, file),
      (value) => {
        const record = readBatchRecord(value);
        if (record && "run" in record) acc.addRun(record.run);
      },
      []
    );
  }
  const runs = acc.runHorizon();
  return runs === void 0 ? {} : { runs, failures: acc.failureHorizon() };
}

// src/vocabulary/shards.ts
function splitExtension(path) {
  const slash = path.lastIndexOf("/");
  const dot = path.lastIndexOf(".");
  return dot > slash + 1 ? { stem: path.slice(0, dot), ext: path.slice(dot) } : { stem: path, ext: "" };
}
function latestTimeIn(file) {
  const month = /-(\d{4})-(\d{2})\.[A-Za-z0-9]+$/.exec(file);
  if (month) {
    const [year, m] = [Number(month[1]), Number(month[2])];
    if (m < 1 || m > 12) return void 0;
    return m === 12 ? `${year + 1}-01-01T00:00:00Z` : `${year}-${String(m + 1).padStart(2, "0")}-01T00:00:00Z`;
  }
  const stamp = /-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z\.[A-Za-z0-9]+$/.exec(file);
  if (stamp) {
    const written = Date.parse(`${stamp[1]}T${stamp[2]}:${stamp[3]}:${stamp[4]}Z`);
    if (Number.isNaN(written)) return void 0;
    return new Date(written + 24 * 3600 * 1e3).toISOString().replace(/\.\d{3}Z$/, "Z");
  }
  return void 0;
}

// src/history/shard-reads.ts
var isJson = (path) => /\.jsonl?$/.test(path);
function historyFilesIn(listed, paths) {
  const { stem } = splitExtension(paths.metricsPath);
  const folder = stem.slice(0, stem.lastIndexOf("/") + 1);
  const metrics = listed.filter(
    (p) => p === paths.metricsPath || p.startsWith(`${stem}-`) && isJson(p) && !p.slice(folder.length).includes("/")
  );
  const failuresDir = paths.failuresDir.replace(/\/+$/, "");
  const failures = listed.filter((p) => p.startsWith(`${failuresDir}/`) && isJson(p));
  return { metrics, failures };
}
function newestFirst(files) {
  const timed = files.map((path) => ({ path, latest: latestTimeIn(path) }));
  return timed.sort((a, b) => {
    if (a.latest === b.latest) return a.path < b.path ? 1 : -1;
    if (a.latest === void 0) return -1;
    if (b.latest === void 0) return 1;
    return a.latest < b.latest ? 1 : -1;
  });
}
function mayHoldFrom(file, horizon) {
  return horizon === void 0 || file.latest === void 0 || file.latest >= horizon;
}

// src/jobs/branch-files.ts
async function checkoutBranch(backend, branch, prefixes) {
  if (branch) assertSafeBranch(branch);
  const name = branch || await backend.defaultBranch();
  return { root: await backend.checkout(name, prefixes), branch: name };
}
function noHistoryError(place, metricsPath) {
  const stem = metricsPath.replace(/\.jsonl?$/, "");
  return new InputError(
    `No batch history in ${place}: neither ${metricsPath} nor ${stem}-*.jsonl beside it. Check the store (--data-dir is the folder that holds data/, as the branch does), --branch and --metrics-path.`
  );
}
function placeOf(store, backend, branch) {
  return store.kind === "directory" ? backend.description : `${backend.description}, branch ${branch}`;
}
function folderOf(path) {
  const at = path.lastIndexOf("/");
  return at === -1 ? path : path.slice(0, at);
}
async function readBatchHistory(store, backend, inputs, options, purpose) {
  const paths = {
    metricsPath: inputs.metricsPath || DEFAULT_METRICS_PATH,
    failuresDir: inputs.failuresDir || DEFAULT_FAILURES_DIR
  };
  if (options.last > 0 && !inputs.readAll && backend.listFiles && backend.fetchFiles) {
    if (inputs.branch) assertSafeBranch(inputs.branch);
    const branch2 = inputs.branch || await backend.defaultBranch();
    const loaded2 = await readWindow(backend, branch2, paths, options, purpose);
    if (loaded2.files.metrics === 0)
      throw noHistoryError(placeOf(store, backend, branch2), paths.metricsPath);
    return { loaded: loaded2, branch: branch2, paths };
  }
  const { root, branch } = await checkoutBranch(backend, inputs.branch, [
    folderOf(paths.metricsPath),
    paths.failuresDir
  ]);
  if (!root)
    throw new InputError(
      `Branch ${branch} does not exist in ${backend.description}: no batch history to ${purpose}`
    );
  const loaded = await loadHistory(root, paths, options, { readAll: inputs.readAll });
  if (loaded.files.metrics === 0)
    throw noHistoryError(placeOf(store, backend, branch), paths.metricsPath);
  return { loaded, branch, paths };
}
var FIRST_ROUND = { files: 8, bytes: 256 * 1024 };
function nextRound(files, round) {
  let bytes = 0;
  let count = 0;
  while (count < files.length && count < round.files && (count === 0 || bytes < round.bytes))
    bytes += files[count++].size ?? 0;
  return files.slice(0, count);
}
async function readWindow(backend, branch, paths, options, purpose) {
  const listed = await backend.listFiles(branch, [folderOf(paths.metricsPath), paths.failuresDir]);
  if (!listed)
    throw new InputError(
      `Branch ${branch} does not exist in ${backend.description}: no batch history to ${purpose}`
    );
  const byPath = new Map(listed.map((e) => [e.path, e]));
  if ([...byPath.keys()].some((p) => p.startsWith(`${paths.metricsPath}/`)))
    throw metricsPathIsFolder(paths.metricsPath);
  const files = historyFilesIn([...byPath.keys()], paths);
  const root = await mkdtemp(join2(tmpdir(), "ci-ledger-window-"));
  try {
    const metrics = newestFirst(files.metrics).map((f) => ({
      ...f,
      size: byPath.get(f.path).size
    }));
    let taken = 0;
    let horizons = {};
    for (let round = FIRST_ROUND; taken < metrics.length; round = { files: round.files * 2, bytes: round.bytes * 2 }) {
      const next = nextRound(metrics.slice(taken), round);
      await backend.fetchFiles(
        root,
        next.map((f) => byPath.get(f.path))
      );
      taken += next.length;
      horizons = await windowHorizons(root, paths, options);
      if (metrics.slice(taken).every((f) => !mayHoldFrom(f, horizons.runs))) break;
    }
    const failures = newestFirst(files.failures).filter((f) => mayHoldFrom(f, horizons.failures));
    await backend.fetchFiles(
      root,
      failures.map((f) => byPath.get(f.path))
    );
    const loaded = await loadHistory(root, paths, options);
    const left = files.metrics.length - taken + files.failures.length - failures.length;
    return left > 0 ? { ...loaded, readFromEnd: true, filesLeft: left } : loaded;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

// src/jobs/context.ts
async function withStore(context, job) {
  const backend = await openStore(context.store, { log: context.log, env: context.env });
  try {
    return await job(backend);
  } finally {
    await backend.close();
  }
}

// src/jobs/summarize-batch.ts
async function summarizeBatch(inputs, context) {
  const objectives = await readObjectives(inputs.objectives, inputs.root ?? context.cwd);
  const options = objectiveHistoryOptions(inputs, objectives);
  const minPassRate = inputs.minPassRate ? parseRatio("min-pass-rate", inputs.minPassRate) : void 0;
  return withStore(context, async (backend) => {
    const { loaded, branch, paths } = await readBatchHistory(
      context.store,
      backend,
      inputs,
      options,
      "summarize"
    );
    if (options.batchId && !loaded.report.focus) {
      throw new InputError(
        `No batch ${JSON.stringify(options.batchId)} in ${paths.metricsPath} on ${branch}${options.ecosystem ? ` for ${options.ecosystem}` : ""}`
      );
    }
    const { report } = loaded;
    const insight = batchInsight(loaded.recent, loaded.weeks, report.focus, objectives);
    return {
      insight,
      summary: batchSummary(loaded.report, {
        insight,
        minPassRate,
        skipThreshold: options.skipThreshold,
        batchTableAbove: loaded.report.focus !== void 0 && (inputs.tableAlreadyShown?.(loaded.report.focus.batchId, loaded.report.focus.ecosystem) ?? false)
      }),
      loaded,
      branch
    };
  });
}
export {
  summarizeBatch
};
