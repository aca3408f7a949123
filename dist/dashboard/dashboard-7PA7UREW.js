import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  withStore
} from "./chunk-B6KVURMK.js";
import "./chunk-QNPYOMH3.js";
import "./chunk-HM46MWAE.js";
import "./chunk-C5BCSEG7.js";
import {
  InputError,
  assertSafeBranch,
  emptyDict,
  isCount,
  messageOf,
  parseWholeNumber
} from "./chunk-EYMVGCMB.js";
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
        function isNumber(num2) {
          return typeof num2 === "number" ? num2 - num2 === 0 : false;
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
          var nl2, ml;
          if (isNumber(rcSlice.row)) {
            if (isNumber(rcSlice.col))
              return A[rcSlice.row][rcSlice.col] = B;
            rcSlice.col = rcSlice.col || {};
            rcSlice.col.start = rcSlice.col.start || 0;
            rcSlice.col.end = rcSlice.col.end || A[0].length;
            rcSlice.col.step = rcSlice.col.step || 1;
            nl2 = jStat3.arange(
              rcSlice.col.start,
              Math2.min(A.length, rcSlice.col.end),
              rcSlice.col.step
            );
            var m = rcSlice.row;
            nl2.forEach(function(n2, i) {
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
          nl2 = jStat3.arange(
            rcSlice.col.start,
            Math2.min(A[0].length, rcSlice.col.end),
            rcSlice.col.step
          );
          ml.forEach(function(m2, i) {
            nl2.forEach(function(n2, j) {
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
          pdf: function pdf(x, mean, std2) {
            return Math2.exp(-0.5 * Math2.log(2 * Math2.PI) - Math2.log(std2) - Math2.pow(x - mean, 2) / (2 * std2 * std2));
          },
          cdf: function cdf(x, mean, std2) {
            return 0.5 * (1 + jStat3.erf((x - mean) / Math2.sqrt(2 * std2 * std2)));
          },
          inv: function(p, mean, std2) {
            return -1.4142135623730951 * std2 * jStat3.erfcinv(2 * p) + mean;
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
          sample: function sample(mean, std2) {
            return jStat3.randn() * std2 + mean;
          },
          variance: function(mean, std2) {
            return std2 * std2;
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

// src/jobs/dashboard.ts
import { lstat, mkdir, readFile as readFile2, readdir as readdir3, rename, rm, writeFile } from "node:fs/promises";
import { dirname as dirname2, join as join3 } from "node:path";

// src/batch/paths.ts
var DEFAULT_METRICS_PATH = "data/metrics/batch-runs.jsonl";
var DEFAULT_FAILURES_DIR = "data/failures";

// src/history/load.ts
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";

// src/batch/glob.ts
function globToRegExp(glob) {
  let source = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*" && glob[i + 1] === "*") {
      source += ".*";
      i++;
      if (glob[i + 1] === "/") i++;
    } else if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else if (c === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end === -1) source += "\\[";
      else {
        source += `[${glob.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else source += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

// src/batch/maps.ts
var DEFAULT_PLATFORM_MAP = [
  "linux-*-glibc-x86_64=linux-glibc-x86_64",
  "linux-*-glibc-arm64=linux-glibc-arm64",
  "linux-*-musl-x86_64=linux-musl-x86_64",
  "darwin-arm64*=darwin-arm64",
  "darwin-x86_64*=darwin-x86_64"
].join("\n");
var DEFAULT_CATEGORY_MAP = [
  "3=recipe_not_found",
  "5=network_error",
  "6=install_failed",
  "7=verify_failed",
  "8=missing_dep",
  "*=generation_failed"
].join("\n");
var REPORTED_PLATFORMS = [
  "linux-glibc-x86_64",
  "linux-glibc-arm64",
  "linux-musl-x86_64",
  "darwin-arm64",
  "darwin-x86_64"
];
function entries(kind, text) {
  return text.split("\n").map((line, i) => [line.trim(), i + 1]).filter(([line]) => line !== "" && !line.startsWith("#")).map(([line, n]) => {
    const at = line.lastIndexOf("=");
    const key = line.slice(0, at).trim();
    const value = line.slice(at + 1).trim();
    if (at <= 0 || !key || !value)
      throw new InputError(`${kind} line ${n} ${JSON.stringify(line)} is not "pattern=value"`);
    return [key, value, n];
  });
}
function parsePlatformMap(text) {
  const rules = entries("platform-map", text).map(([pattern, platform, line]) => {
    if (!/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(platform)) {
      throw new InputError(
        `platform-map line ${line}: ${JSON.stringify(platform)} is not a safe platform name`
      );
    }
    return { re: globToRegExp(pattern), platform };
  });
  const known = /* @__PURE__ */ new Map();
  return (name) => {
    let platform = known.get(name);
    if (platform === void 0) {
      platform = rules.find((r) => r.re.test(name))?.platform ?? name;
      if (known.size < 1e4) known.set(name, platform);
    }
    return platform;
  };
}
function platformOrder(a, b) {
  const rank = (p) => {
    const known = REPORTED_PLATFORMS.indexOf(p);
    return known !== -1 ? known : p.startsWith("linux") ? 2.5 : p.startsWith("darwin") ? 4.5 : 5;
  };
  const arch = (p) => p.endsWith("x86_64") ? 0 : p.endsWith("arm64") ? 1 : 2;
  return rank(a) - rank(b) || arch(a) - arch(b) || (a < b ? -1 : a > b ? 1 : 0);
}

// src/history/time.ts
function weekStart(timestamp, day) {
  const t = new Date(timestamp);
  const back = (t.getUTCDay() - day + 7) % 7;
  const start = Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate() - back);
  return new Date(start).toISOString().slice(0, 19) + "Z";
}
function hourAfter(timestamp) {
  const t = Date.parse(timestamp);
  return Number.isNaN(t) ? timestamp : new Date(t + 36e5).toISOString().slice(0, 19) + "Z";
}

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

// src/history/failures.ts
var failureOfEcosystem = (failure, ecosystem) => failure.ecosystem === void 0 || failure.ecosystem === ecosystem;

// src/history/records.ts
var num = (v) => typeof v === "number" && Number.isFinite(v) ? v : void 0;
var int = (v) => Number.isSafeInteger(v) ? v : void 0;
var str = (v) => typeof v === "string" && v !== "" ? v : void 0;
function normalizeTimestamp(value) {
  if (value.charCodeAt(13) === 58) return value;
  return value.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})/, "$1:$2:$3");
}
var MIXED = "mixed";
var COUNTS = ["total", "generated", "failed", "merged", "macos_minutes_used", "duration_seconds"];
var PLATFORM_COUNTS = ["tested", "passed", "failed", "skipped", "duration_seconds"];
function batchRunProblem(value) {
  const o = value;
  const bad = (v) => v !== void 0 && v !== null && !isCount(v);
  const shown = (v) => typeof v !== "number" ? JSON.stringify(v) : Number.isFinite(v) ? String(v) : "a number too large to hold";
  for (const k of COUNTS) if (bad(o[k])) return `/${k} is ${shown(o[k])}, not a count`;
  for (const [name, raw] of Object.entries(o.platforms)) {
    if (!raw || typeof raw !== "object") continue;
    const c = raw;
    const pointer = `/platforms/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    for (const k of PLATFORM_COUNTS)
      if (bad(c[k])) return `${pointer}/${k} is ${shown(c[k])}, not a count`;
  }
  return void 0;
}
var batchKey = (run) => `${run.batchId}\0${run.ecosystem}\0${run.timestamp}`;
function readBatchRecord(value) {
  const run = toBatchRun(value);
  if (!run) return void 0;
  const problem = batchRunProblem(value);
  return problem ? { problem } : { run };
}
function toBatchRun(value) {
  if (!value || typeof value !== "object" || Array.isArray(value)) return void 0;
  const o = value;
  const batchId = str(o.batch_id);
  const timestamp = str(o.timestamp);
  if (!batchId || !timestamp || !o.platforms || typeof o.platforms !== "object") return void 0;
  let ecosystem = str(o.ecosystem);
  if (!ecosystem && o.ecosystems && typeof o.ecosystems === "object") {
    const names = Object.keys(o.ecosystems);
    ecosystem = names.length === 1 ? names[0] : MIXED;
  }
  const platforms = emptyDict();
  for (const [name, raw] of Object.entries(o.platforms)) {
    if (!raw || typeof raw !== "object") continue;
    const c = raw;
    platforms[name] = {
      tested: num(c.tested) ?? 0,
      passed: num(c.passed) ?? 0,
      failed: num(c.failed) ?? 0,
      skipped: num(c.skipped),
      duration_seconds: num(c.duration_seconds) ?? null
    };
  }
  return {
    batchId,
    ecosystem: ecosystem ?? "unknown",
    timestamp: normalizeTimestamp(timestamp),
    total: num(o.total),
    merged: num(o.merged),
    platforms,
    macosMinutes: num(o.macos_minutes_used),
    durationSeconds: num(o.duration_seconds)
  };
}
function toFailures(value) {
  if (!value || typeof value !== "object" || Array.isArray(value)) return [];
  const o = value;
  if (Array.isArray(o.failures)) {
    const environment2 = str(o.environment) ?? "unknown";
    const ecosystem = str(o.ecosystem);
    const updated = str(o.updated_at);
    return o.failures.flatMap((item) => {
      if (!item || typeof item !== "object") return [];
      const f = item;
      const id = str(f.package_id) ?? str(f.recipe);
      if (!id) return [];
      const timestamp2 = str(f.timestamp) ?? updated;
      return [
        {
          batchId: str(f.batch_id),
          ecosystem: str(f.ecosystem) ?? ecosystem ?? (id.includes(":") ? id.slice(0, id.indexOf(":")) : void 0),
          recipe: id.includes(":") ? id.slice(id.indexOf(":") + 1) : id,
          environment: str(f.environment) ?? str(f.platform) ?? environment2,
          category: str(f.category) ?? "unknown",
          exitCode: int(f.exit_code),
          message: str(f.message),
          timestamp: timestamp2 ? normalizeTimestamp(timestamp2) : void 0
        }
      ];
    });
  }
  const recipe = str(o.recipe) ?? str(o.package_id);
  const environment = str(o.environment) ?? str(o.platform);
  if (!recipe || !environment) return [];
  const timestamp = str(o.timestamp);
  return [
    {
      batchId: str(o.batch_id),
      ecosystem: str(o.ecosystem),
      recipe,
      environment,
      category: str(o.category) ?? "unknown",
      exitCode: int(o.exit_code),
      message: str(o.message),
      timestamp: timestamp ? normalizeTimestamp(timestamp) : void 0
    }
  ];
}

// src/history/matrix.ts
function addToMatrix(matrix, run, keep = () => true) {
  for (const [name, c] of Object.entries(run.platforms)) {
    if (!keep(name) || c.tested === 0) continue;
    const cell = (matrix[run.ecosystem] ??= emptyDict())[name] ??= {
      batches: 0,
      tested: 0,
      failed: 0,
      failureRate: null
    };
    cell.batches++;
    cell.tested += c.tested;
    cell.failed += c.failed;
    cell.failureRate = cell.failed / cell.tested;
  }
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
function changePoints(series2, options = {}) {
  const o = { ...CHANGE_POINT_DEFAULTS, ...options };
  if (!(o.windowLength >= 2)) throw new RangeError("windowLength must be at least 2");
  if (series2.some((v) => !Number.isFinite(v)))
    throw new RangeError("a series to test for change points holds only finite numbers");
  const firstPass = o.maxPValue < 0.05 ? o.maxPValue * 10 : o.maxPValue < 0.5 ? o.maxPValue * 2 : o.maxPValue;
  const weak = split(series2, o.windowLength, firstPass);
  return merge(weak, series2, o);
}
function twoPass(series2) {
  return (from, to) => {
    const n = to - from;
    let sum = 0;
    for (let i = from; i < to; i++) sum += series2[i];
    const mean = sum / n;
    let squares = 0;
    for (let i = from; i < to; i++) squares += (series2[i] - mean) ** 2;
    return { mean, stddev: n >= 2 ? Math.sqrt(squares / n) : 0, n };
  };
}
function prefixSums(series2) {
  const shift = series2.reduce((a, b) => a + b, 0) / Math.max(1, series2.length);
  const sums = new Float64Array(series2.length + 1);
  const squares = new Float64Array(series2.length + 1);
  series2.forEach((v, i) => {
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
function split(series2, windowLength, maxPValue) {
  const step = Math.floor(windowLength / 2);
  const found = /* @__PURE__ */ new Set();
  const scratch = new Float64Array((Math.min(windowLength, series2.length) + 1) ** 2);
  let start = 0;
  while (start < series2.length) {
    const end = Math.min(start + windowLength, series2.length);
    const inWindow = divide(series2.slice(start, end), maxPValue, scratch).map((i) => i + start);
    for (const i of inWindow) found.add(i);
    start = Math.max(inWindow.length ? inWindow[inWindow.length - 1] : 0, start + step);
  }
  return [...found].sort((a, b) => a - b);
}
function merge(indexes, series2, o) {
  const segments = prefixSums(series2);
  const points = remeasure(segments, series2.length, indexes);
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
      const to = points[i + 1]?.index ?? series2.length;
      points[i] = measure(segments, from, points[i].index, to);
    }
  }
  return remeasure(
    twoPass(series2),
    series2.length,
    points.map((p) => p.index)
  );
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
  static splitStrictly(text, line) {
    const strict = new _JsonValueSplitter(false);
    strict.line = line;
    return [...strict.push(text), ...strict.finish()];
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

// src/history/latest-batches.ts
var inTimeOrder = (runs) => [...runs].sort(
  (a, b) => a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : a.position - b.position
);
var LatestBatches = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  /** The latest runs that tested anything, oldest first, at most `limit`. */
  kept = [];
  /** Inserted by time (ties: the later record is the newer), the oldest dropped beyond the limit. */
  keep(run, position) {
    const kept = this.kept;
    const newer = (a) => a.run.timestamp > run.timestamp || a.run.timestamp === run.timestamp && a.position > position;
    let at = kept.length;
    while (at > 0 && newer(kept[at - 1])) at--;
    if (kept.length >= this.limit && at === 0) return;
    kept.splice(at, 0, { run, position });
    if (kept.length > this.limit) kept.shift();
  }
  /**
   * Once every run is in (`sorted`: all of them in time order; `idCount`: records per id): each
   * kept batch's span, from the run before it to the run after it, whether kept or not.
   */
  place(sorted, idCount) {
    const indexOf = new Map(sorted.map((r, i) => [r.position, i]));
    const spans = [];
    const batches = [];
    for (const { run, position } of [...this.kept].reverse()) {
      const at = indexOf.get(position);
      const before = sorted[at - 1];
      const span = spanOf(
        run,
        before ? { timestamp: before.timestamp } : void 0,
        sorted[at + 1]?.timestamp,
        (idCount.get(run.batchId) ?? 0) > 1
      );
      const batch = {
        batchId: run.batchId,
        ecosystem: run.ecosystem,
        timestamp: run.timestamp,
        platforms: Object.fromEntries(
          Object.entries(run.platforms).sort(([a], [b]) => platformOrder(a, b)).map(([n, c]) => [
            n,
            { tested: c.tested, passed: c.passed, failed: c.failed, batches: 1 }
          ])
        ),
        ...run.macosMinutes !== void 0 ? { macosMinutes: run.macosMinutes } : {},
        failures: [],
        failureCount: 0
      };
      batches.push(batch);
      spans.push({ span, batch, at });
    }
    return new PlacedBatches(
      batches,
      spans.sort((a, b) => a.at - b.at)
    );
  }
};
var PlacedBatches = class {
  constructor(batches, spans) {
    this.batches = batches;
    this.spans = spans;
    spans.forEach(
      (s, i) => this.byId.set(s.span.batchId, [...this.byId.get(s.span.batchId) ?? [], i])
    );
  }
  batches;
  spans;
  byId = /* @__PURE__ */ new Map();
  /**
   * The listed batch a failure belongs to (placement.ts): by its batch id, or by time — the
   * newest span that holds it, as the summary prefers the focus batch over the one before it.
   */
  ownerOf(failure) {
    const spans = this.spans;
    let candidates;
    if (failure.batchId !== void 0) candidates = [...this.byId.get(failure.batchId) ?? []];
    else {
      const t = failure.timestamp;
      if (t === void 0 || spans.length === 0) return void 0;
      let lo = 0;
      let hi = spans.length;
      while (lo < hi) {
        const mid = lo + hi >> 1;
        if (spans[mid].batch.timestamp < t) lo = mid + 1;
        else hi = mid;
      }
      candidates = [lo, lo - 1].filter((i) => i >= 0 && i < spans.length);
    }
    for (const i of candidates.sort((a, b) => b - a))
      if (inSpan(failure, spans[i].span)) return spans[i].batch;
    return void 0;
  }
};

// src/history/series.ts
var ALL_ECOSYSTEMS = "*";
var defaultSeriesOptions = {
  weekStartDay: 1,
  macosBudgetMinutes: 1e3,
  latestBatches: 100,
  failuresPerBatch: 300
};
var NO_ECOSYSTEM = "\0none";
var HistorySeriesBuilder = class {
  constructor(options = defaultSeriesOptions) {
    this.options = options;
    this.latest = new LatestBatches(options.latestBatches);
  }
  options;
  seen = /* @__PURE__ */ new Set();
  duplicates = 0;
  all = [];
  idCount = /* @__PURE__ */ new Map();
  /** ecosystem (and ALL) → day → platform → counts */
  daily = /* @__PURE__ */ new Map();
  weeks = /* @__PURE__ */ new Map();
  weekByDay = /* @__PURE__ */ new Map();
  matrix = emptyDict();
  /** Platforms that tested anything (the series), and every platform named (for folding). */
  platformNames = /* @__PURE__ */ new Set();
  namedPlatforms = /* @__PURE__ */ new Set();
  ecosystemNames = /* @__PURE__ */ new Set();
  latest;
  latestAt;
  earliestAt;
  /** ecosystem of the record (or NO_ECOSYSTEM) → platform → week → category → count */
  categoryCounts = /* @__PURE__ */ new Map();
  /** Once the first failure arrives: every run in order, the listed batches, the folding. */
  placement;
  failureCount = 0;
  addRun(run) {
    if (this.placement) throw new Error("HistorySeriesBuilder: every run before any failure");
    const key = batchKey(run);
    if (this.seen.has(key)) {
      this.duplicates++;
      return;
    }
    this.seen.add(key);
    const position = this.all.length;
    const tested = Object.values(run.platforms).some((c) => c.tested > 0);
    this.all.push({ batchId: run.batchId, timestamp: run.timestamp, tested, position });
    this.idCount.set(run.batchId, (this.idCount.get(run.batchId) ?? 0) + 1);
    if (this.latestAt === void 0 || run.timestamp > this.latestAt) this.latestAt = run.timestamp;
    if (this.earliestAt === void 0 || run.timestamp < this.earliestAt)
      this.earliestAt = run.timestamp;
    this.ecosystemNames.add(run.ecosystem);
    for (const name of Object.keys(run.platforms)) this.namedPlatforms.add(name);
    addToMatrix(this.matrix, run);
    const week = this.weekOf(run.timestamp);
    const w = this.weeks.get(week) ?? { minutes: 0, batches: 0, without: 0 };
    addToWeek(w, run);
    this.weeks.set(week, w);
    if (!tested) return;
    const day = run.timestamp.slice(0, 10);
    for (const ecosystem of [run.ecosystem, ALL_ECOSYSTEMS]) {
      let days = this.daily.get(ecosystem);
      if (!days) this.daily.set(ecosystem, days = /* @__PURE__ */ new Map());
      let platforms = days.get(day);
      if (!platforms) days.set(day, platforms = /* @__PURE__ */ new Map());
      for (const [name, c] of Object.entries(run.platforms)) {
        if (c.tested === 0) continue;
        this.platformNames.add(name);
        addCounts(platforms, name, c);
        const t = platforms.get(name);
        t.batches = (t.batches ?? 0) + 1;
      }
    }
    this.latest.keep(run, position);
  }
  /** Every run must have been added. */
  addFailure(failure) {
    this.failureCount++;
    const p = this.placement ??= this.place();
    const platform = p.folding.fold(failure.environment);
    if (failure.timestamp !== void 0) {
      const ecosystem = failure.ecosystem ?? NO_ECOSYSTEM;
      const week = this.weekOf(failure.timestamp);
      let perPlatform = this.categoryCounts.get(ecosystem);
      if (!perPlatform) this.categoryCounts.set(ecosystem, perPlatform = /* @__PURE__ */ new Map());
      let perWeek = perPlatform.get(platform);
      if (!perWeek) perPlatform.set(platform, perWeek = /* @__PURE__ */ new Map());
      let cats = perWeek.get(week);
      if (!cats) perWeek.set(week, cats = /* @__PURE__ */ new Map());
      cats.set(failure.category, (cats.get(failure.category) ?? 0) + 1);
    }
    const owner = p.listed.ownerOf(failure);
    if (!owner) return;
    owner.failureCount++;
    if (owner.failures.length < this.options.failuresPerBatch)
      owner.failures.push({
        recipe: failure.recipe,
        platform,
        ...failure.environment !== platform ? { environment: failure.environment } : {},
        category: failure.category,
        ...failure.exitCode !== void 0 ? { exitCode: failure.exitCode } : {}
      });
  }
  series() {
    const p = this.placement ??= this.place();
    const platforms = [...this.platformNames].sort(platformOrder);
    const ecosystems = [...this.ecosystemNames].sort();
    const passRates = {};
    for (const ecosystem of [ALL_ECOSYSTEMS, ...ecosystems]) {
      const days = this.daily.get(ecosystem);
      if (!days) continue;
      const dayNames = [...days.keys()].sort();
      passRates[ecosystem] = {
        days: dayNames,
        platforms: Object.fromEntries(
          platforms.map((name) => [
            name,
            dayNames.map((d) => {
              const c = days.get(d).get(name);
              return c ? { tested: c.tested, passed: c.passed, failed: c.failed, batches: c.batches ?? 0 } : null;
            })
          ])
        )
      };
    }
    const categories = {};
    for (const ecosystem of [ALL_ECOSYSTEMS, ...ecosystems]) {
      const sources = [...this.categoryCounts.keys()].filter(
        (e) => ecosystem === ALL_ECOSYSTEMS || failureOfEcosystem({ ecosystem: e === NO_ECOSYSTEM ? void 0 : e }, ecosystem)
      );
      const out = {};
      const names = new Set(sources.flatMap((e) => [...this.categoryCounts.get(e).keys()]));
      for (const platform of [...names].sort(platformOrder)) {
        const weekly = /* @__PURE__ */ new Map();
        for (const e of sources)
          for (const [week, cats] of this.categoryCounts.get(e).get(platform) ?? []) {
            const w = weekly.get(week) ?? /* @__PURE__ */ new Map();
            for (const [c, n] of cats) w.set(c, (w.get(c) ?? 0) + n);
            weekly.set(week, w);
          }
        const weeks = [...weekly.keys()].sort();
        const catNames = [...new Set([...weekly.values()].flatMap((w) => [...w.keys()]))];
        const total = (c) => weeks.reduce((s, w) => s + (weekly.get(w).get(c) ?? 0), 0);
        catNames.sort((a, b) => total(b) - total(a) || (a < b ? -1 : 1));
        out[platform] = {
          weeks,
          categories: Object.fromEntries(
            catNames.map((c) => [c, weeks.map((w) => weekly.get(w).get(c) ?? 0)])
          )
        };
      }
      categories[ecosystem] = out;
    }
    const newestListed = p.listed.batches[0]?.timestamp;
    return {
      runs: this.all.length,
      duplicateRuns: this.duplicates,
      failures: this.failureCount,
      from: this.earliestAt,
      to: this.latestAt,
      ecosystems,
      platforms,
      passRates,
      categories,
      matrix: this.matrix,
      macos: {
        weeks: [...this.weeks].sort(([a], [b]) => a < b ? -1 : 1).map(([start, w]) => ({ weekStart: start, ...w })),
        current: this.latestAt === void 0 ? void 0 : weekBudget(this.weeks, this.latestAt, {
          weekStartDay: this.options.weekStartDay,
          macosBudgetMinutes: this.options.macosBudgetMinutes
        })
      },
      latest: p.listed.batches,
      idleSince: newestListed === void 0 ? this.all.length : p.sorted.filter((r) => r.timestamp > newestListed && !r.tested).length,
      folded: p.folding.folded()
    };
  }
  /** Once every run is in: every run in time order, the listed batches and their spans. */
  place() {
    const sorted = inTimeOrder(this.all);
    return {
      sorted,
      listed: this.latest.place(sorted, this.idCount),
      folding: new PlatformFolding(this.namedPlatforms, this.options.platformOf)
    };
  }
  weekOf(timestamp) {
    const day = timestamp.endsWith("Z") ? timestamp.slice(0, 10) : timestamp;
    let week = this.weekByDay.get(day);
    if (week === void 0)
      this.weekByDay.set(day, week = weekStart(timestamp, this.options.weekStartDay));
    return week;
  }
};

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
    for (const { text, line } of texts) {
      if (!mayMatter(text)) continue;
      let value;
      try {
        value = JSON.parse(text);
      } catch (error) {
        const pieces = retry ? JsonValueSplitter.splitStrictly(text, line) : [];
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
async function loadHistorySeries(root, paths, options) {
  const files = await historyFiles(root, paths);
  const builder = new HistorySeriesBuilder(options);
  const skipped = [];
  let ignored = 0;
  for (const file of files.metrics)
    ignored += await readBatchRuns(root, file, (run) => builder.addRun(run), skipped);
  for (const file of files.failures)
    await eachJsonValue(
      file,
      relative(root, file),
      (value) => {
        const failures = toFailures(value);
        if (failures.length === 0) ignored++;
        for (const f of failures) builder.addFailure(f);
      },
      skipped
    );
  return {
    series: builder.series(),
    files: { metrics: files.metrics.length, failures: files.failures.length },
    skipped,
    ignored
  };
}

// src/history/options.ts
var defaultHistoryOptions = {
  last: 10,
  macosBudgetMinutes: 1e3,
  weekStartDay: 1,
  skipThreshold: 0.8,
  skipMinRuns: 3,
  fallThreshold: 0.2
};
function parseWeekStart(value) {
  const days = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
  const i = days.indexOf(value.trim().toLowerCase());
  if (i === -1)
    throw new InputError(`week-start ${JSON.stringify(value)} is not a day of the week`);
  return i;
}
function wholeNumber(name, value) {
  return parseWholeNumber(name, value.trim());
}
function parseRatio(name, value) {
  const v = value.trim();
  const n = v.endsWith("%") ? Number(v.slice(0, -1)) / 100 : Number(v);
  if (!/^\d+(\.\d+)?%?$/.test(v) || !Number.isFinite(n) || n < 0 || n > 1)
    throw new InputError(`${name} ${JSON.stringify(value)} is not a ratio (0.8 or 80%)`);
  return n;
}
function historyOptions(inputs) {
  const d = defaultHistoryOptions;
  return {
    ...d,
    last: inputs.last ? wholeNumber("last", inputs.last) : d.last,
    ecosystem: inputs.ecosystem || void 0,
    platform: inputs.platform || void 0,
    ...batchRef(inputs.batchId),
    macosBudgetMinutes: inputs.macosBudget ? wholeNumber("macos-budget", inputs.macosBudget) : d.macosBudgetMinutes,
    weekStartDay: inputs.weekStart ? parseWeekStart(inputs.weekStart) : d.weekStartDay,
    skipThreshold: inputs.skipThreshold ? parseRatio("skip-threshold", inputs.skipThreshold) : d.skipThreshold,
    platformOf: parsePlatformMap(inputs.platformMap ?? DEFAULT_PLATFORM_MAP)
  };
}
function batchRef(value) {
  if (!value) return {};
  const at = value.lastIndexOf("@");
  const time = at > 0 ? value.slice(at + 1) : "";
  if (!/^\d{4}-\d{2}-\d{2}T/.test(time)) return { batchId: value };
  const parsed = Date.parse(time);
  if (Number.isNaN(parsed))
    throw new InputError(
      `batch-id ${JSON.stringify(value)}: ${JSON.stringify(time)} is not a time`
    );
  return { batchId: value.slice(0, at), batchAt: normalizeTimestamp(time) };
}

// node_modules/csv-stringify/lib/utils/get.js
var charCodeOfDot = ".".charCodeAt(0);
var rePropName = RegExp(
  // Match anything that isn't a dot or bracket.
  `[^.[\\]]+|\\[(?:([^"'][^[]*)|(["'])((?:(?!\\2)[^\\\\]|\\\\.)*?)\\2)\\]|(?=(?:\\.|\\[\\])(?:\\.|\\[\\]|$))`,
  "g"
);

// node_modules/csv-stringify/lib/api/index.js
var bom_utf8 = Buffer.from([239, 187, 191]);

// src/timing/row.ts
var TIMING_COLUMNS = [
  "start_time_utc",
  "end_time_utc",
  "phase",
  "env",
  "build_id",
  "duration_seconds",
  "exit_code",
  "flags",
  "resources_added",
  "resources_changed",
  "resources_destroyed",
  "log_path"
];
var TIMING_KEY = ["env", "build_id", "phase", "start_time_utc"];
var DEFAULT_TIMINGS_BRANCH = "governance-registry";

// src/timing/stats.ts
var REGRESSION_FACTOR = 1.5;
var succeeded = (row) => row.exit_code.trim() === "0";
var buildKind = (row) => row.build_id === "persistent" || row.phase.endsWith("-persistent") ? "persistent" : "ephemeral";
function durationOf(row) {
  const text = row.duration_seconds.trim();
  const seconds = Number(text);
  return text === "" || !Number.isFinite(seconds) ? void 0 : seconds;
}
function runKey(row) {
  return TIMING_KEY.map((column) => row[column]).join("\0");
}
var byStart = (a, b) => a.start_time_utc < b.start_time_utc ? -1 : a.start_time_utc > b.start_time_utc ? 1 : 0;
function runsOf(rows, env, phase) {
  return rows.filter((r) => r.env === env && r.phase === phase).sort(byStart);
}
function phaseStats(runs) {
  const successful = runs.filter(succeeded);
  const durations = successful.map(durationOf).filter((d) => d !== void 0);
  return {
    runs: runs.length,
    successes: successful.length,
    successRate: runs.length ? successful.length / runs.length : 0,
    medianSeconds: quantile(durations, 0.5),
    p95Seconds: quantile(durations, 0.95),
    last: runs[runs.length - 1]
  };
}
function runsBefore(runs, current) {
  const key = runKey(current);
  return runs.filter((r) => r.start_time_utc < current.start_time_utc && runKey(r) !== key).sort(byStart);
}
function judgeRun(run, before) {
  const seconds = durationOf(run);
  const median = before.medianSeconds;
  const ratio = seconds !== void 0 && median !== void 0 && median > 0 ? seconds / median : void 0;
  return {
    ratio,
    regression: succeeded(run) && ratio !== void 0 && ratio > REGRESSION_FACTOR
  };
}
function quantile(values, q) {
  if (values.length === 0) return void 0;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.length - 1, lo + 1);
  const weight = pos - lo;
  return sorted[lo] * (1 - weight) + sorted[hi] * weight;
}

// src/site/data.ts
var epoch = (iso) => Math.floor(Date.parse(iso) / 1e3);
var dayEpoch = (day) => epoch(`${day}T00:00:00Z`);
var round4 = (v) => v === null ? null : Math.round(v * 1e4) / 1e4;
function batchesData(series2) {
  const passRateViews = emptyDict();
  for (const [ecosystem, s] of Object.entries(series2.passRates)) {
    passRateViews[ecosystem] = {
      x: s.days.map(dayEpoch),
      series: Object.fromEntries(
        Object.entries(s.platforms).map(([platform, days]) => [
          platform,
          {
            rate: days.map((c) => c ? round4(passRate(c.passed, c.tested)) : null),
            tested: days.map((c) => c?.tested ?? 0),
            passed: days.map((c) => c?.passed ?? 0)
          }
        ])
      )
    };
  }
  const categories = emptyDict();
  for (const [ecosystem, perPlatform] of Object.entries(series2.categories))
    categories[ecosystem] = Object.fromEntries(
      Object.entries(perPlatform).map(([platform, c]) => [
        platform,
        { x: c.weeks.map(epoch), series: c.categories }
      ])
    );
  const matrixEcosystems = Object.keys(series2.matrix).sort();
  const matrixPlatforms = series2.platforms.filter(
    (p) => matrixEcosystems.some((e) => series2.matrix[e][p])
  );
  const weeks = series2.macos.weeks;
  const current = series2.macos.current;
  return {
    runs: series2.runs,
    failures: series2.failures,
    from: series2.from,
    to: series2.to,
    ecosystems: series2.ecosystems,
    platforms: series2.platforms,
    passRate: passRateViews,
    categories,
    matrix: {
      ecosystems: matrixEcosystems,
      platforms: matrixPlatforms,
      cells: matrixEcosystems.map(
        (e) => matrixPlatforms.map((p) => {
          const c = series2.matrix[e][p];
          return c ? {
            failureRate: round4(c.failureRate),
            tested: c.tested,
            failed: c.failed,
            batches: c.batches
          } : null;
        })
      )
    },
    macos: {
      x: weeks.map((w) => epoch(w.weekStart)),
      minutes: weeks.map((w) => Math.round(w.minutes * 10) / 10),
      batches: weeks.map((w) => w.batches),
      without: weeks.map((w) => w.without),
      budget: current?.budgetMinutes ?? 0,
      current: current && {
        weekStart: current.weekStart,
        usedMinutes: current.usedMinutes,
        projectedMinutes: current.projectedMinutes,
        burnPerDay: current.burnPerDay,
        overBudget: current.overBudget
      }
    },
    latest: series2.latest.map((b) => ({
      ...b,
      platforms: Object.fromEntries(
        Object.entries(b.platforms).map(([p, c]) => [
          p,
          {
            tested: c.tested,
            passed: c.passed,
            failed: c.failed,
            rate: round4(passRate(c.passed, c.tested))
          }
        ])
      )
    })),
    idleSince: series2.idleSince,
    folded: series2.folded
  };
}
function timingsData(report, runs) {
  const phases = report.phases.map((p) => {
    const regressions = new Map([
      ...p.changes.filter((c) => c.regression).map((c) => [c.start, c.meanAfterSeconds / c.meanBeforeSeconds]),
      ...p.regressions.map((r) => [r.start, r.ratio])
    ]);
    return {
      env: p.env,
      phase: p.phase,
      runs: p.runs,
      successes: p.successes,
      successRate: p.successRate,
      medianSeconds: p.medianSeconds ?? null,
      p95Seconds: p.p95Seconds ?? null,
      regressionRule: p.regressionRule,
      points: runsOf(runs, p.env, p.phase).map((row) => {
        const ratio = regressions.get(row.start_time_utc);
        return {
          t: epoch(row.start_time_utc),
          seconds: durationOf(row) ?? null,
          ok: succeeded(row),
          exitCode: row.exit_code,
          buildId: row.build_id,
          kind: buildKind(row),
          ...ratio !== void 0 ? { regression: Math.round(ratio * 100) / 100 } : {}
        };
      })
    };
  });
  return { runs: report.runs, phases };
}
var newest = (times) => times.reduce(
  (a, t) => t !== void 0 && (a === void 0 || t > a) ? t : a,
  void 0
);
function siteData(parts) {
  return {
    title: parts.title,
    asOf: newest([parts.batches?.to, ...parts.timings?.runs.map((r) => r.start_time_utc) ?? []]),
    source: parts.source,
    ...parts.batches ? { batches: batchesData(parts.batches) } : {},
    ...parts.timings ? { timings: timingsData(parts.timings.report, parts.timings.runs) } : {}
  };
}

// src/site/model.ts
var DATA_GLOBAL = "CI_LEDGER_DASHBOARD";

// src/site/page.ts
var escapeHtml = (s) => s.replace(
  /[&<>"']/g,
  (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]
);
function section(id, title, intro, extra = "") {
  return `<section id="${id}" aria-labelledby="${id}-title" class="panel">
<h2 id="${id}-title">${title}</h2>
<p class="intro">${intro}</p>${extra}
<div class="charts" id="${id}-charts"></div>
<details class="numbers" id="${id}-numbers"><summary>Numbers (table)</summary><div class="table-wrap" tabindex="0" role="region" aria-label="${title}: numbers"></div></details>
<p class="downloads">Data behind this chart: <button type="button" data-download="${id}" data-format="csv">CSV</button> <button type="button" data-download="${id}" data-format="json">JSON</button></p>
</section>`;
}
function indexHtml(data) {
  const title = escapeHtml(data.title);
  const batches = data.batches ? [
    section(
      "pass-rate",
      "Pass rate per platform",
      "Tests passed / tests run, per UTC day (every batch of the day summed). Drag across the chart to zoom to a time range; double-click to reset."
    ),
    section(
      "categories",
      "Failure categories per platform",
      "Failure records per week, by category, one chart per platform. Records that name no ecosystem (per-recipe lines) count under every ecosystem, as in the reports."
    ),
    section(
      "matrix",
      "Ecosystem \xD7 platform failure rate",
      "Tests failed / tests run over the whole history; darker is worse."
    ),
    section(
      "macos",
      "macOS minutes per week",
      "Runner minutes of the darwin platforms per week, against the weekly budget; this week projected from its burn so far."
    ),
    section(
      "latest",
      "Latest batches",
      "The latest batches that tested anything, newest first, with their failing recipes.",
      '\n<p><label for="latest-search">Search recipes, batches, platforms, categories</label> <input type="search" id="latest-search" autocomplete="off"></p>'
    ),
    section(
      "diff",
      "What changed between two batches",
      "Pick two of the latest batches: pass rate per platform, recipes newly failing and fixed.",
      '\n<p class="pickers"><label for="diff-a">From batch</label> <select id="diff-a"></select> <label for="diff-b">to batch</label> <select id="diff-b"></select></p>'
    )
  ].join("\n") : "";
  const timings = data.timings ? section(
    "timings",
    "Build timings",
    "Duration of each run per env and phase: successful runs on the line (persistent and ephemeral builds as separate series), failed runs as marks off the line, regressions ringed, as report timings finds them: the first run of a slower level that change-point detection finds (8 or more successful runs), or a run over 1.5\xD7 the median of the successful runs before it (fewer). p50/p95 are of the successful runs."
  ) : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<link rel="stylesheet" href="assets/app.css">
</head>
<body>
<header>
<h1>${title}</h1>
<div id="summary" class="summary"></div>
</header>
<nav aria-label="Sections" id="toc"></nav>
<main>
<div id="filters" class="filters" role="group" aria-label="Filters">
<div class="filter"><label for="f-ecosystem">Ecosystem</label> <select id="f-ecosystem"></select></div>
<fieldset class="filter" id="f-platforms"><legend>Platforms</legend></fieldset>
<div class="filter"><label for="f-from">From</label> <input type="date" id="f-from"> <label for="f-to">to</label> <input type="date" id="f-to"> <button type="button" id="f-reset">Whole history</button></div>
</div>
${batches}
${timings}
</main>
<footer><p id="generated"></p><p><a href="assets/licenses.txt">Licenses of the bundled chart library</a></p></footer>
<script src="data.js"></script>
<script src="assets/app.js"></script>
</body>
</html>
`;
}
function dataScript(data) {
  return `window.${DATA_GLOBAL} = JSON.parse(${JSON.stringify(JSON.stringify(data))});
`;
}
function siteFiles(data, assets) {
  return [
    { path: "index.html", content: indexHtml(data) },
    { path: "data.js", content: dataScript(data) },
    { path: "assets/app.js", content: assets.js },
    { path: "assets/app.css", content: assets.css },
    { path: "assets/licenses.txt", content: assets.licenses },
    // GitHub Pages would run Jekyll over the folder otherwise.
    { path: ".nojekyll", content: "" }
  ];
}

// node_modules/csv-parse/lib/api/CsvError.js
var CsvError2 = class _CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== void 0) {
      Error.captureStackTrace(this, _CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value) ? value.toString(options.encoding) : value == null ? value : JSON.parse(JSON.stringify(value));
      }
    }
  }
};

// node_modules/csv-parse/lib/utils/is_object.js
var is_object2 = function(obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};

// node_modules/csv-parse/lib/api/normalize_columns_array.js
var normalize_columns_array = function(columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === void 0 || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object2(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError2("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal"
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError2("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`
      ]);
    }
  }
  return normalizedColumns;
};

// node_modules/csv-parse/lib/utils/ResizeableBuffer.js
var ResizeableBuffer = class {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.toString(encoding, 0, this.length);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
};
var ResizeableBuffer_default = ResizeableBuffer;

// node_modules/csv-parse/lib/api/init_state.js
var init_state = function(options) {
  const timchars = [
    // Basic Latin
    32,
    // [Space](https://www.fileformat.info/info/unicode/char/0020/index.htm)
    9,
    // [CHARACTER TABULATION (HT)](https://www.fileformat.info/info/unicode/char/0009/index.htm)
    10,
    // [LINE FEED (LF)](https://www.fileformat.info/info/unicode/char/000a/index.htm)
    13,
    // [CARRIAGE RETURN (CR)](https://www.fileformat.info/info/unicode/char/000d/index.htm)
    12,
    // [FORM FEED (FF)](https://www.fileformat.info/info/unicode/char/000c/index.htm)
    11,
    // [LINE TABULATION (VT)](https://www.fileformat.info/info/unicode/char/000b/index.htm)
    // Latin-1 Supplement
    160,
    // [NO-BREAK SPACE (NBSP)](https://www.fileformat.info/info/unicode/char/00a0/index.htm)
    // Ogham
    5760,
    // [OGHAM SPACE MARK](https://www.fileformat.info/info/unicode/char/1680/index.htm)
    // General Punctuation
    8192,
    // [EN QUAD](https://www.fileformat.info/info/unicode/char/2000/index.htm)
    8193,
    // [EM QUAD](https://www.fileformat.info/info/unicode/char/2001/index.htm)
    8194,
    // [EN SPACE](https://www.fileformat.info/info/unicode/char/2002/index.htm)
    8195,
    // [EM SPACE](https://www.fileformat.info/info/unicode/char/2003/index.htm)
    8196,
    // [THREE-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2004/index.htm)
    8197,
    // [FOUR-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2005/index.htm)
    8198,
    // [SIX-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2006/index.htm)
    8199,
    // [FIGURE SPACE](https://www.fileformat.info/info/unicode/char/2007/index.htm)
    8200,
    // [PUNCTUATION SPACE](https://www.fileformat.info/info/unicode/char/2008/index.htm)
    8201,
    // [THIN SPACE](https://www.fileformat.info/info/unicode/char/2009/index.htm)
    8202,
    // [HAIR SPACE](https://www.fileformat.info/info/unicode/char/200a/index.htm)
    8232,
    // [LINE SEPARATOR](https://www.fileformat.info/info/unicode/char/2028/index.htm)
    8233,
    // [PARAGRAPH SEPARATOR](https://www.fileformat.info/info/unicode/char/2029/index.htm)
    8239,
    // [NARROW NO-BREAK SPACE (NNBSP)](https://www.fileformat.info/info/unicode/char/202f/index.htm)
    8287,
    // [MEDIUM MATHEMATICAL SPACE (MMSP)](https://www.fileformat.info/info/unicode/char/205f/index.htm)
    12288,
    // [IDEOGRAPHIC SPACE](https://www.fileformat.info/info/unicode/char/3000/index.htm)
    65279
    // [ZERO WIDTH NO-BREAK SPACE (BOM)](https://www.fileformat.info/info/unicode/char/feff/index.htm)
  ].reduce((acc, codepoint) => {
    const encoded = Buffer.from(
      String.fromCharCode(codepoint),
      options.encoding
    );
    if (codepoint !== 63 && encoded.length === 1 && encoded[0] === 63) {
      return acc;
    }
    acc.push(encoded);
    return acc;
  }, []);
  const timcharFirstBytes = new Uint8Array(256);
  for (const t of timchars) timcharFirstBytes[t[0]] = 1;
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    delimiterBufPrevious: void 0,
    delimiterDiscovered: false,
    // Current error encountered by a record
    error: void 0,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote: Buffer.isBuffer(options.escape) && Buffer.isBuffer(options.quote) && Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns) ? options.columns.length : void 0,
    field: new ResizeableBuffer_default(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      ...options.delimiter ? options.delimiter.map((delimiter) => delimiter.length) : [],
      // Auto discovery of delimiter is limited to 1 character
      options.delimiter_auto ? 1 : 0,
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
      ...timchars.map((t) => t.length)
    ),
    previousBuf: void 0,
    quoting: false,
    stop: false,
    rawBuffer: new ResizeableBuffer_default(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength: options.record_delimiter.length === 0 ? 0 : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("	", options.encoding)[0]
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars,
    timcharFirstBytes
  };
};

// node_modules/csv-parse/lib/utils/underscore.js
var underscore2 = function(str2) {
  return str2.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
};

// node_modules/csv-parse/lib/api/normalize_options.js
var normalize_options2 = function(opts) {
  const options = {};
  for (const opt in opts) {
    options[underscore2(opt)] = opts[opt];
  }
  if (options.encoding === void 0 || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (typeof options.encoding !== "string" && options.encoding !== null) {
    throw new CsvError2(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`
      ],
      options
    );
  }
  if (options.bom === void 0 || options.bom === null || options.bom === false) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError2(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`
      ],
      options
    );
  }
  options.cast_function = null;
  if (options.cast === void 0 || options.cast === null || options.cast === false || options.cast === "") {
    options.cast = void 0;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError2(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`
      ],
      options
    );
  }
  if (options.cast_date === void 0 || options.cast_date === null || options.cast_date === false || options.cast_date === "") {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function(value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError2(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`
      ],
      options
    );
  }
  options.cast_first_line_to_header = void 0;
  if (options.columns === true) {
    options.cast_first_line_to_header = void 0;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (options.columns === void 0 || options.columns === null || options.columns === false) {
    options.columns = false;
  } else {
    throw new CsvError2(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`
      ],
      options
    );
  }
  if (options.group_columns_by_name === void 0 || options.group_columns_by_name === null || options.group_columns_by_name === false) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError2(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`
      ],
      options
    );
  } else if (options.columns === false) {
    throw new CsvError2(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated."
      ],
      options
    );
  }
  if (options.comment === void 0 || options.comment === null || options.comment === false || options.comment === "") {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError2(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`
        ],
        options
      );
    }
  }
  if (options.comment_no_infix === void 0 || options.comment_no_infix === null || options.comment_no_infix === false) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError2(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`
      ],
      options
    );
  }
  if (options.delimiter_auto === void 0 || options.delimiter_auto === null || options.delimiter_auto === false) {
    options.delimiter_auto = false;
  } else if (options.delimiter_auto === true) {
    options.delimiter_auto = {};
  } else if (!is_object2(options.delimiter_auto)) {
    throw new CsvError2(
      "CSV_INVALID_OPTION_DELIMITER_AUTO",
      [
        "Invalid option delimiter_auto:",
        "delimiter_auto must be a boolean or a configuration object,",
        `got ${JSON.stringify(options.delimiter_auto)}`
      ],
      options
    );
  }
  if (options.delimiter_auto) {
    if (options.delimiter_auto.preferred === void 0)
      options.delimiter_auto.preferred = {
        [",".charCodeAt(0)]: 1.8,
        ["	".charCodeAt(0)]: 1.8,
        [";".charCodeAt(0)]: 1.6,
        [" ".charCodeAt(0)]: 1.6,
        [":".charCodeAt(0)]: 1.5,
        [".".charCodeAt(0)]: 1.4,
        ["/".charCodeAt(0)]: 1.4
      };
    else if (!is_object2(options.delimiter_auto.preferred)) {
      throw new CsvError2(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "preferred must be an object,",
          `got ${JSON.stringify(options.delimiter_auto.preferred)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.score === void 0)
      options.delimiter_auto.score = (info, options2) => {
        return (info.total - info.std) * (options2.preferred[info.char_code] || 1);
      };
    else if (typeof options.delimiter_auto.score !== "function") {
      throw new CsvError2(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "score must be a function,",
          `got ${JSON.stringify(options.delimiter_auto.score)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.size === void 0)
      options.delimiter_auto.size = 2048;
    else if (typeof options.delimiter_auto.size !== "number") {
      throw new CsvError2(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "size must be a number,",
          `got ${JSON.stringify(options.delimiter_auto.size)}`
        ],
        options
      );
    }
  }
  const delimiter_json = JSON.stringify(options.delimiter);
  if (options.delimiter_auto !== false) {
    options.delimiter = [];
  }
  if (!Array.isArray(options.delimiter)) {
    if (options.delimiter === void 0 || options.delimiter === null || options.delimiter === false) {
      options.delimiter = Buffer.from(",", options.encoding);
    }
    options.delimiter = [options.delimiter];
  }
  options.delimiter = options.delimiter.map(function(delimiter) {
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError2(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`
        ],
        options
      );
    }
    return delimiter;
  });
  if (options.escape === void 0 || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`
      );
    }
  }
  if (options.from === void 0 || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`
      );
    }
  }
  if (options.from_line === void 0 || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (typeof options.from_line === "string" && /\d+/.test(options.from_line)) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`
      );
    }
  }
  if (options.ignore_last_delimiters === void 0 || options.ignore_last_delimiters === null) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError2(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`
      ],
      options
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError2(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option"
      ],
      options
    );
  }
  if (options.info === void 0 || options.info === null || options.info === false) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`
    );
  }
  if (options.max_record_size === void 0 || options.max_record_size === null || options.max_record_size === false) {
    options.max_record_size = 0;
  } else if (Number.isInteger(options.max_record_size) && options.max_record_size >= 0) {
  } else if (typeof options.max_record_size === "string" && /\d+/.test(options.max_record_size)) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`
    );
  }
  if (options.objname === void 0 || options.objname === null || options.objname === false) {
    options.objname = void 0;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
  } else if (typeof options.objname === "number") {
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`
    );
  }
  if (options.objname !== void 0) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field"
        );
      }
    } else {
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index"
        );
      }
    }
  }
  if (options.on_record === void 0 || options.on_record === null) {
    options.on_record = void 0;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError2(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`
      ],
      options
    );
  }
  if (options.on_skip !== void 0 && options.on_skip !== null && typeof options.on_skip !== "function") {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`
    );
  }
  if (options.quote === null || options.quote === false || options.quote === "") {
    options.quote = null;
  } else {
    if (options.quote === void 0 || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`
      );
    }
  }
  if (options.raw === void 0 || options.raw === null || options.raw === false) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`
    );
  }
  if (options.record_delimiter === void 0) {
    options.record_delimiter = [];
  } else if (typeof options.record_delimiter === "string" || Buffer.isBuffer(options.record_delimiter)) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError2(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`
        ],
        options
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError2(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`
      ],
      options
    );
  }
  options.record_delimiter = options.record_delimiter.map(function(rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError2(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    } else if (rd.length === 0) {
      throw new CsvError2(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  if (typeof options.relax_column_count === "boolean") {
  } else if (options.relax_column_count === void 0 || options.relax_column_count === null) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
  } else if (options.relax_column_count_less === void 0 || options.relax_column_count_less === null) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
  } else if (options.relax_column_count_more === void 0 || options.relax_column_count_more === null) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`
    );
  }
  if (typeof options.relax_quotes === "boolean") {
  } else if (options.relax_quotes === void 0 || options.relax_quotes === null) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`
    );
  }
  if (typeof options.skip_empty_lines === "boolean") {
  } else if (options.skip_empty_lines === void 0 || options.skip_empty_lines === null) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`
    );
  }
  if (typeof options.skip_records_with_empty_values === "boolean") {
  } else if (options.skip_records_with_empty_values === void 0 || options.skip_records_with_empty_values === null) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`
    );
  }
  if (typeof options.skip_records_with_error === "boolean") {
  } else if (options.skip_records_with_error === void 0 || options.skip_records_with_error === null) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`
    );
  }
  if (options.rtrim === void 0 || options.rtrim === null || options.rtrim === false) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`
    );
  }
  if (options.ltrim === void 0 || options.ltrim === null || options.ltrim === false) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`
    );
  }
  if (options.trim === void 0 || options.trim === null || options.trim === false) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`
    );
  }
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  if (options.to === void 0 || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`
      );
    }
  }
  if (options.to_line === void 0 || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`
      );
    }
  }
  return options;
};

// node_modules/csv-parse/lib/utils/delimiter_discover.js
var delimiter_discover = function(records, options) {
  if (!options) {
    ({ delimiter_auto: options } = normalize_options2({ delimiter_auto: true }));
  }
  if (typeof records === "string") {
    records = Buffer.from(records);
  }
  if (Buffer.isBuffer(records)) {
    records = ((data) => {
      const records2 = [];
      const parser = transform({ delimiter: [] });
      const push = (record) => records2.push(record);
      const close = () => {
      };
      const error = parser.parse(data, true, push, close);
      if (error !== void 0) throw error;
      return records2;
    })(records);
  }
  const info = Array(127).fill().map(() => ({ lines: [] }));
  records.map(([record], line) => {
    for (let i = 0, l = record.length; i < l; i++) {
      const code = record.charCodeAt(i);
      if (info[code].lines[line] === void 0) info[code].lines[line] = 0;
      info[code].lines[line]++;
    }
  });
  info.map((info2, i) => {
    info2.char_code = i;
    info2.std = std(info2.lines);
    info2.total = info2.lines.reduce((acc, val) => acc + val, 0);
    info2.preferred = !!options.preferred[i];
    info2.score = options.score(info2, options);
  });
  const result = info.reduce(
    (acc, info2) => acc.score > info2.score ? acc : info2,
    {}
  );
  return String.fromCharCode(result.char_code);
};
var std = function(array) {
  const n = array.length;
  if (n === 0) return 0;
  const mean = array.reduce((a, b) => a + b) / n;
  return Math.sqrt(
    array.map((x) => Math.pow(x - mean, 2)).reduce((a, b) => a + b) / n
  );
};

// node_modules/csv-parse/lib/api/index.js
var isRecordEmpty = function(record) {
  return record.every(
    (field) => field == null || field.toString && field.toString().trim() === ""
  );
};
var cr = 13;
var nl = 10;
var boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254])
};
var transform = function(original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0
  };
  const options = normalize_options2(original_options);
  return {
    info,
    original_options,
    options,
    state: init_state(options),
    __needMoreData: function(i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } = this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0 ? Buffer.from("\r\n", encoding).length : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function(nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        delimiter_auto,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const {
        bomSkipped,
        delimiterDiscovered,
        delimiterBufPrevious,
        rawBuffer,
        escapeIsQuote
      } = this.state;
      if (!delimiterDiscovered && delimiter_auto) {
        let delimiterBuf;
        if (delimiterBufPrevious === void 0) {
          delimiterBuf = nextBuf;
        } else if (delimiterBufPrevious !== void 0 && nextBuf === void 0) {
          delimiterBuf = delimiterBufPrevious;
        } else {
          delimiterBuf = Buffer.concat([delimiterBufPrevious, nextBuf]);
        }
        nextBuf = void 0;
        if (end || delimiterBuf.length > delimiter_auto.size) {
          this.options.delimiter = [
            Buffer.from(
              delimiter_discover(delimiterBuf, this.options.delimiter_auto)
            )
          ];
          this.state.previousBuf = delimiterBuf;
          this.state.delimiterBufPrevious = void 0;
          this.state.delimiterDiscovered = true;
        } else {
          this.state.delimiterBufPrevious = delimiterBuf;
          return;
        }
      }
      const { previousBuf } = this.state;
      let buf;
      if (previousBuf === void 0) {
        if (nextBuf === void 0) {
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== void 0 && nextBuf === void 0) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          if (end === false) {
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding2 in boms) {
            if (boms[encoding2].compare(buf, 0, boms[encoding2].length) === 0) {
              const bomLength = boms[encoding2].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              const options2 = normalize_options2({
                ...this.original_options,
                encoding: encoding2
              });
              for (const key in options2) {
                this.options[key] = options2[key];
              }
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if ((chr === cr || chr === nl) && this.state.wasRowDelimiter === false) {
          this.state.wasRowDelimiter = true;
        }
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          if (escape !== null && this.state.quoting === true && this.__isEscape(buf, pos, chr) && pos + escape.length < bufLen) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable = rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment = comment !== null && this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr
              );
              const isNextChrRecordDelimiter = record_delimiter.length === 0 ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length) : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              if (escape !== null && this.__isEscape(buf, pos, chr) && this.__isQuote(buf, pos + escape.length)) {
                pos += escape.length - 1;
              } else if (!nextChr || isNextChrDelimiter || isNextChrRecordDelimiter || isNextChrComment || isNextChrTrimable) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError2(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment"
                    ],
                    this.options,
                    this.__infoField()
                  )
                );
                if (err !== void 0) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                if (relax_quotes === false) {
                  const info2 = this.__infoField();
                  const bom2 = Object.keys(boms).map(
                    (b) => boms[b].equals(this.state.field.toString()) ? b : false
                  ).filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError2(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info2.column)} at line ${info2.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom2 ? `(${bom2} bom)` : void 0
                      ],
                      this.options,
                      info2,
                      {
                        field: this.state.field
                      }
                    )
                  );
                  if (err !== void 0) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos
            );
            if (recordDelimiterLength !== 0) {
              const skipCommentLine = this.state.commenting && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
              } else {
                if (this.state.enabled === false && this.info.lines + (this.state.wasRowDelimiter === true ? 1 : 0) >= from_line) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                if (skip_empty_lines === true && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== void 0) return errField;
                this.info.bytes = this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== void 0) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (comment !== null && (comment_no_infix === false || this.state.record.length === 0 && this.state.field.length === 0)) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== void 0) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (max_record_size !== 0 && this.state.record_length + this.state.field.length > max_record_size) {
            return this.__error(
              new CsvError2(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`
                ],
                this.options,
                this.__infoField()
              )
            );
          }
        }
        const lappend = ltrim === false || this.state.quoting === true || this.state.field.length !== 0 || !this.__isCharTrimable(buf, pos);
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError2(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError2(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
          if (err !== void 0) return err;
        } else {
          if (this.state.wasQuoting === true || this.state.record.length !== 0 || this.state.field.length !== 0) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== void 0) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== void 0) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function(push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info: info2,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err = columns === false ? new CsvError2(
          "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
          [
            "Invalid Record Length:",
            `expect ${this.state.expectedRecordLength},`,
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        ) : new CsvError2(
          "CSV_RECORD_INCONSISTENT_COLUMNS",
          [
            "Invalid Record Length:",
            `columns length is ${columns.length},`,
            // rename columns
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        );
        if (relax_column_count === true || relax_column_count_less === true && recordLength < this.state.expectedRecordLength || relax_column_count_more === true && recordLength > this.state.expectedRecordLength) {
          this.info.invalid_field_length++;
          this.state.error = err;
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        if (columns !== false) {
          const obj = {};
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === void 0 || columns[i].disabled) continue;
            if (group_columns_by_name === true && Object.hasOwn(obj, columns[i].name)) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              Object.defineProperty(obj, columns[i].name, {
                value: record[i],
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
          }
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [obj[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? obj : [obj[objname], obj],
              push
            );
            if (err) {
              return err;
            }
          }
        } else {
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [record[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? record : [record[objname], record],
              push
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function(record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers = firstLineToHeaders === void 0 ? record : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError2(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`
              ],
              this.options,
              this.__infoField(),
              {
                headers
              }
            )
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function() {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = void 0;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function() {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== void 0) return err;
        field = f;
      }
      this.state.record.push(field);
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function() {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function(record, push) {
      const { on_record } = this.options;
      if (on_record !== void 0) {
        const info2 = this.__infoRecord();
        try {
          record = on_record.call(null, record, info2);
        } catch (err) {
          return err;
        }
        if (record === void 0 || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function(field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      if (isColumns === true && relax_column_count && this.options.columns.length <= this.state.record.length) {
        return [void 0, void 0];
      }
      if (this.state.castField !== null) {
        try {
          const info2 = this.__infoField();
          return [void 0, this.state.castField.call(null, field, info2)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [void 0, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info2 = this.__infoField();
        return [void 0, this.options.cast_date.call(null, field, info2)];
      }
      return [void 0, field];
    },
    __compareBytes: function(sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    // Helper to test if a character is trimable
    __isCharTrimable: function(buf, pos) {
      const { timchars, timcharFirstBytes } = this.state;
      const first = buf[pos];
      if (first === void 0 || timcharFirstBytes[first] === 0) return 0;
      loop1: for (let i = 0; i < timchars.length; i++) {
        const timchar = timchars[i];
        for (let j = 0; j < timchar.length; j++) {
          if (timchar[j] !== buf[pos + j]) continue loop1;
        }
        return timchar.length;
      }
      return 0;
    },
    __isDelimiter: function(buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (ignore_last_delimiters === true && this.state.record.length === this.options.columns.length - 1) {
        return 0;
      } else if (ignore_last_delimiters !== false && typeof ignore_last_delimiters === "number" && this.state.record.length === ignore_last_delimiters - 1) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isEscape: function(buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isFloat: function(value) {
      return value - parseFloat(value) + 1 >= 0;
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isQuote: function(buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __isRecordDelimiter: function(chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __autoDiscoverRecordDelimiter: function(buf, pos) {
      const { encoding } = this.options;
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding)
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function(msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== void 0) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : void 0
            );
          } catch (err2) {
            return err2;
          }
        }
        return void 0;
      } else {
        return err;
      }
    },
    __infoDataSet: function() {
      return {
        ...this.info,
        columns: this.options.columns
      };
    },
    __infoRecord: function() {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : void 0
      };
    },
    __infoField: function() {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records,
        column: isColumns === true ? columns.length > this.state.record.length ? columns[this.state.record.length].name : null : this.state.record.length,
        quoting: this.state.wasQuoting
      };
    }
  };
};

// node_modules/csv-parse/lib/sync.js
var parse = function(data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? /* @__PURE__ */ Object.create(null) : [];
  const parser = transform(opts);
  const push = (record) => {
    if (parser.options.objname === void 0) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {
  };
  const error = parser.parse(data, true, push, close);
  if (error !== void 0) throw error;
  return records;
};

// src/timing/history.ts
var WITHOUT_FLAGS = TIMING_COLUMNS.filter((c) => c !== "flags");
var REQUIRED = ["start_time_utc", "phase", "env", "build_id"];
var ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
var INT = /^-?\d+$/;
function readTimingHistory(text, file = "build_timings.csv") {
  let records;
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true
    });
  } catch (error) {
    const e = error;
    throw new InputError(
      `${file}${e.lines ? ` line ${e.lines}` : ""}: not valid CSV (${e.message})`
    );
  }
  const [first, ...body] = records;
  const header = (first?.record ?? []).map((h) => h.trim());
  const shapes = [header, [...TIMING_COLUMNS], WITHOUT_FLAGS];
  const rows = [];
  const unmapped = [];
  for (const { record, info } of body) {
    const shape = shapes.find((s) => s.length === record.length && plausible(s, record));
    if (!shape) {
      unmapped.push({
        line: info.lines,
        fields: record,
        reason: reasonFor(record.length, header.length)
      });
      continue;
    }
    const missing = REQUIRED.filter((c) => !shape.includes(c));
    if (missing.length > 0) {
      unmapped.push({
        line: info.lines,
        fields: record,
        reason: `no ${missing.join(", ")} column`
      });
      continue;
    }
    const row = Object.fromEntries(TIMING_COLUMNS.map((c) => [c, ""]));
    shape.forEach((column, i) => {
      if (TIMING_COLUMNS.includes(column))
        row[column] = record[i] ?? "";
    });
    rows.push(row);
  }
  return { header, rows, unmapped };
}
function plausible(shape, record) {
  return shape.every((column, i) => {
    const v = (record[i] ?? "").trim();
    switch (column) {
      case "start_time_utc":
        return ISO.test(v);
      case "end_time_utc":
        return v === "" || ISO.test(v);
      case "duration_seconds":
      case "exit_code":
        return v === "" || INT.test(v);
      case "resources_added":
      case "resources_changed":
      case "resources_destroyed":
        return v === "" || INT.test(v);
      case "phase":
      case "env":
        return v !== "" && !ISO.test(v) && !INT.test(v);
      case "build_id":
        return v !== "" && !ISO.test(v);
      default:
        return true;
    }
  });
}
function reasonFor(length, headerLength) {
  const known = [.../* @__PURE__ */ new Set([headerLength, TIMING_COLUMNS.length, WITHOUT_FLAGS.length])].join(
    ", "
  );
  return `${length} fields fit none of the known row shapes (${known} fields with matching values)`;
}

// src/timing/changes.ts
var MIN_RUNS_FOR_CHANGES = 8;
function series(runs) {
  return runs.flatMap((row) => {
    const seconds = succeeded(row) ? durationOf(row) : void 0;
    return seconds === void 0 ? [] : [{ row, seconds }];
  });
}
function durationChanges(runs) {
  const points = series(runs);
  if (points.length < MIN_RUNS_FOR_CHANGES)
    return { rule: "median", runs: points.length, changes: [] };
  const found = changePoints(points.map((p) => p.seconds));
  return {
    rule: "change-points",
    runs: points.length,
    changes: found.map((c) => ({
      start: points[c.index].row.start_time_utc,
      buildId: points[c.index].row.build_id,
      meanBeforeSeconds: c.meanBefore,
      meanAfterSeconds: c.meanAfter,
      runsBefore: c.pointsBefore,
      runsAfter: c.pointsAfter,
      relativeChange: c.relativeChange,
      pValue: c.pValue,
      regression: c.meanAfter > c.meanBefore
    }))
  };
}
var CHANGE_RULE = {
  minRuns: MIN_RUNS_FOR_CHANGES,
  minSegment: CHANGE_POINT_DEFAULTS.minSegment,
  maxPValue: CHANGE_POINT_DEFAULTS.maxPValue,
  minMagnitude: CHANGE_POINT_DEFAULTS.minMagnitude,
  windowLength: CHANGE_POINT_DEFAULTS.windowLength
};

// src/timing/report.ts
function selectedTimingRuns(files, filter) {
  const { runs, read } = distinctRuns(files);
  return { selected: select(runs, filter, read), distinct: runs.length, read };
}
function timingsReport(files, filter, { selected, distinct, read } = selectedTimingRuns(files, filter)) {
  const keys = [...new Set(selected.map((r) => `${r.env}\0${r.phase}`))].sort();
  const phases = keys.map((key) => {
    const [env, phase] = key.split("\0");
    const all = runsOf(selected, env, phase);
    const window = filter.last > 0 ? all.slice(-filter.last) : all;
    const durations = durationChanges(all);
    const windowStart = window[0]?.start_time_utc ?? "";
    const changes = durations.changes.filter((c) => c.start >= windowStart);
    const judged = durations.rule === "median" ? window : [];
    const regressions = judged.flatMap((row) => {
      const before = phaseStats(runsBefore(all, row));
      const judged2 = judgeRun(row, before);
      return judged2.regression ? [
        {
          start: row.start_time_utc,
          buildId: row.build_id,
          durationSeconds: durationOf(row),
          baselineSeconds: before.medianSeconds,
          baselineRuns: before.successes,
          ratio: judged2.ratio
        }
      ] : [];
    });
    return {
      env,
      phase,
      ...phaseStats(window),
      regressionRule: durations.rule,
      changes,
      regressions
    };
  });
  return { filter, runs: distinct, phases, files: read };
}
function distinctRuns(files) {
  const kept = /* @__PURE__ */ new Map();
  const read = [];
  for (const { file, content } of files) {
    const history = readTimingHistory(content, file);
    let repeated = 0;
    let conflicting = 0;
    for (const row of history.rows) {
      const key = runKey(row);
      const first = kept.get(key);
      if (!first) {
        kept.set(key, row);
        continue;
      }
      repeated += 1;
      if (JSON.stringify(first) !== JSON.stringify(row)) conflicting += 1;
    }
    read.push({
      file,
      rows: history.rows.length,
      unmapped: history.unmapped,
      repeated,
      conflicting,
      envs: [...new Set(history.rows.map((r) => r.env))].sort()
    });
  }
  return { runs: [...kept.values()], read };
}
function select(runs, filter, read) {
  let selected = runs;
  if (filter.env !== void 0) {
    selected = selected.filter((r) => r.env === filter.env);
    if (selected.length === 0) {
      const folder = read.find((f) => f.file.split("/")[1] === filter.env);
      throw new InputError(
        `No run has env ${JSON.stringify(filter.env)}. ${listOf(
          "Envs recorded",
          runs.map((r) => r.env)
        )}` + (folder ? ` --env is the env column (what record-timing was given as --env), not the folder: ${folder.file} holds rows of env ${folder.envs.join(", ") || "(none)"}.` : "")
      );
    }
  }
  if (filter.phase !== void 0) {
    const inEnv = selected;
    selected = selected.filter((r) => r.phase === filter.phase);
    if (selected.length === 0) {
      throw new InputError(
        `No run has phase ${JSON.stringify(filter.phase)}${filter.env !== void 0 ? ` in env ${JSON.stringify(filter.env)}` : ""}. ` + listOf(
          "Phases recorded",
          inEnv.map((r) => r.phase)
        )
      );
    }
  }
  return selected;
}
function listOf(what, values) {
  const distinct = [...new Set(values)].sort();
  return distinct.length === 0 ? `${what}: none.` : `${what}: ${distinct.join(", ")}.`;
}

// src/vocabulary/shards.ts
function splitExtension(path) {
  const slash = path.lastIndexOf("/");
  const dot = path.lastIndexOf(".");
  return dot > slash + 1 ? { stem: path.slice(0, dot), ext: path.slice(dot) } : { stem: path, ext: "" };
}
function isMonthlyShard(path, file) {
  const { stem, ext } = splitExtension(path);
  return file.startsWith(`${stem}-`) && file.endsWith(ext) && /^\d{4}-(0[1-9]|1[0-2])$/.test(file.slice(stem.length + 1, file.length - ext.length));
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
var FIRST_ROUND = { files: 8, bytes: 256 * 1024 };

// src/jobs/report.ts
import { readFile, readdir as readdir2 } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/jobs/objectives-file.ts
var MAX_OBJECTIVES_BYTES = 1024 * 1024;

// src/jobs/report.ts
var TIMINGS_GLOB = "environments/*/latest/build_timings.csv";
async function timingFiles(root) {
  const envs = await readdir2(join2(root, "environments")).catch(() => []);
  const files = [];
  for (const env of envs.sort()) {
    const configured = `environments/${env}/latest/build_timings.csv`;
    const names = await readdir2(join2(root, `environments/${env}/latest`)).catch(() => []);
    const shards = names.map((n) => `environments/${env}/latest/${n}`).filter((f) => isMonthlyShard(configured, f)).sort();
    for (const file of [configured, ...shards]) {
      const content = await readFile(join2(root, file), "utf8").catch(() => void 0);
      if (content !== void 0) files.push({ file, content });
    }
  }
  return files;
}

// src/jobs/dashboard.ts
async function pageAssets() {
  if (true)
    return { js: '"use strict";(()=>{var Hi="uplot",Fi="u-hz",Vi="u-vt",Ii="u-title",Ni="u-wrap",Wi="u-under",ji="u-over",Gi="u-axis",pl="u-off",Ui="u-select",Yi="u-cursor-x",Ki="u-cursor-y",qi="u-cursor-pt",Zi="u-legend",Ji="u-live",Qi="u-inline",Xi="u-series",ea="u-marker",Ts="u-label",ta="u-value",sn="width",rn="height";var Ms="bottom",Bl="left",po="right",Do="#000",Es=Do+"0",mo="mousemove",Ls="mousedown",ho="mouseup",As="mouseenter",Ds="mouseleave",Ps="dblclick",la="resize",na="scroll",Cs="change",An="dppxchange",Po="--",Wl=typeof window<"u",xo=Wl?document:null,Hl=Wl?window:null,oa=Wl?navigator:null,ie,Tn;function So(){let e=devicePixelRatio;ie!=e&&(ie=e,Tn&&ko(Cs,Tn,So),Tn=matchMedia(`(min-resolution: ${ie-.001}dppx) and (max-resolution: ${ie+.001}dppx)`),dl(Cs,Tn,So),Hl.dispatchEvent(new CustomEvent(An)))}function ot(e,t){if(t!=null){let o=e.classList;!o.contains(t)&&o.add(t)}}function vo(e,t){let o=e.classList;o.contains(t)&&o.remove(t)}function ye(e,t,o){e.style[t]=o+"px"}function vt(e,t,o,n){let r=xo.createElement(e);return t!=null&&ot(r,t),o?.insertBefore(r,n),r}function mt(e,t){return vt("div",e,t)}var Rs=new WeakMap;function $t(e,t,o,n,r){let f="translate("+t+"px,"+o+"px)",a=Rs.get(e);f!=a&&(e.style.transform=f,Rs.set(e,f),t<0||o<0||t>n||o>r?ot(e,pl):vo(e,pl))}var $s=new WeakMap;function Os(e,t,o){let n=t+o,r=$s.get(e);n!=r&&($s.set(e,n),e.style.background=t,e.style.borderColor=o)}var Bs=new WeakMap;function zs(e,t,o,n){let r=t+""+o,f=Bs.get(e);r!=f&&(Bs.set(e,r),e.style.height=o+"px",e.style.width=t+"px",e.style.marginLeft=n?-t/2+"px":0,e.style.marginTop=n?-o/2+"px":0)}var Co={passive:!0},sa={...Co,capture:!0};function dl(e,t,o,n){t.addEventListener(e,o,n?sa:Co)}function ko(e,t,o,n){t.removeEventListener(e,o,Co)}Wl&&So();function kt(e,t,o,n){let r;o=o||0,n=n||t.length-1;let f=n<=2147483647;for(;n-o>1;)r=f?o+n>>1:st((o+n)/2),t[r]<e?o=r:n=r;return e-t[o]<=t[n]-e?o:n}function ur(e){return(o,n,r)=>{let f=-1,a=-1;for(let d=n;d<=r;d++)if(e(o[d])){f=d;break}for(let d=r;d>=n;d--)if(e(o[d])){a=d;break}return[f,a]}}var pr=e=>e!=null,dr=e=>e!=null&&e>0,Cn=ur(pr),ra=ur(dr);function ia(e,t,o,n=0,r=!1){let f=r?ra:Cn,a=r?dr:pr;[t,o]=f(e,t,o);let d=e[t],u=e[t];if(t>-1)if(n==1)d=e[t],u=e[o];else if(n==-1)d=e[o],u=e[t];else for(let p=t;p<=o;p++){let g=e[p];a(g)&&(g<d?d=g:g>u&&(u=g))}return[d??de,u??-de]}function Rn(e,t,o,n){let r=Vs(e),f=Vs(t);e==t&&(r==-1?(e*=o,t/=o):(e/=o,t*=o));let a=o==10?Vt:mr,d=r==1?st:ht,u=f==1?ht:st,p=d(a(Pe(e))),g=u(a(Pe(t))),h=Fl(o,p),w=Fl(o,g);return o==10&&(p<0&&(h=me(h,-p)),g<0&&(w=me(w,-g))),n||o==2?(e=h*r,t=w*f):(e=wr(e,h),t=$n(t,w)),[e,t]}function Ro(e,t,o,n){let r=Rn(e,t,o,n);return e==0&&(r[0]=0),t==0&&(r[1]=0),r}var $o=.1,Hs={mode:3,pad:$o},cn={pad:0,soft:null,mode:0},aa={min:cn,max:cn};function Dn(e,t,o,n){return On(o)?Fs(e,t,o):(cn.pad=o,cn.soft=n?0:null,cn.mode=n?3:0,Fs(e,t,aa))}function se(e,t){return e??t}function ca(e,t,o){for(t=se(t,0),o=se(o,e.length-1);t<=o;){if(e[t]!=null)return!0;t++}return!1}function Fs(e,t,o){let n=o.min,r=o.max,f=se(n.pad,0),a=se(r.pad,0),d=se(n.hard,-de),u=se(r.hard,de),p=se(n.soft,de),g=se(r.soft,-de),h=se(n.mode,0),w=se(r.mode,0),_=t-e,v=Vt(_),O=Ke(Pe(e),Pe(t)),B=Vt(O),z=Pe(B-v);(_<1e-24||z>10)&&(_=0,(e==0||t==0)&&(_=1e-24,h==2&&p!=de&&(f=0),w==2&&g!=-de&&(a=0)));let k=_||O||1e3,H=Vt(k),y=Fl(10,st(H)),$=k*(_==0?e==0?.1:1:f),E=me(wr(e-$,y/10),24),M=e>=p&&(h==1||h==3&&E<=p||h==2&&E>=p)?p:de,F=Ke(d,E<M&&e>=M?M:_t(M,E)),Y=k*(_==0?t==0?.1:1:a),Z=me($n(t+Y,y/10),24),L=t<=g&&(w==1||w==3&&Z>=g||w==2&&Z<=g)?g:-de,Q=_t(u,Z>L&&t<=L?L:Ke(L,Z));return F==Q&&F==0&&(Q=100),[F,Q]}var fa=new Intl.NumberFormat(Wl?oa.language:"en-US"),Oo=e=>fa.format(e),rt=Math,Ln=rt.PI,Pe=rt.abs,st=rt.floor,De=rt.round,ht=rt.ceil,_t=rt.min,Ke=rt.max,Fl=rt.pow,Vs=rt.sign,Vt=rt.log10,mr=rt.log2,ua=(e,t=1)=>rt.sinh(e)*t,go=(e,t=1)=>rt.asinh(e/t),de=1/0;function Is(e){return(Vt((e^e>>31)-(e>>31))|0)+1}function _o(e,t,o){return _t(Ke(e,t),o)}function hr(e){return typeof e=="function"}function te(e){return hr(e)?e:()=>e}var pa=()=>{},gr=e=>e,br=(e,t)=>t,da=e=>null,Ns=e=>!0,Ws=(e,t)=>e==t,ma=/\\.\\d*?(?=9{6,}|0{6,})/gm,ml=e=>{if(xr(e)||Jt.has(e))return e;let t=`${e}`,o=t.match(ma);if(o==null)return e;let n=o[0].length-1;if(t.indexOf("e-")!=-1){let[r,f]=t.split("e");return+`${ml(r)}e${f}`}return me(e,n)};function fl(e,t){return ml(me(ml(e/t))*t)}function $n(e,t){return ml(ht(ml(e/t))*t)}function wr(e,t){return ml(st(ml(e/t))*t)}function me(e,t=0){if(xr(e))return e;let o=10**t,n=e*o*(1+Number.EPSILON);return De(n)/o}var Jt=new Map;function yr(e){return((""+e).split(".")[1]||"").length}function un(e,t,o,n){let r=[],f=n.map(yr);for(let a=t;a<o;a++){let d=Pe(a),u=me(Fl(e,a),d);for(let p=0;p<n.length;p++){let g=e==10?+`${n[p]}e${a}`:n[p]*u,h=(a>=0?0:d)+(a>=f[p]?0:f[p]),w=e==10?g:me(g,h);r.push(w),Jt.set(w,h)}}return r}var fn={},Bo=[],Vl=[null,null],Zt=Array.isArray,xr=Number.isInteger,ha=e=>e===void 0;function js(e){return typeof e=="string"}function On(e){let t=!1;if(e!=null){let o=e.constructor;t=o==null||o==Object}return t}function ga(e){return e!=null&&typeof e=="object"}var ba=Object.getPrototypeOf(Uint8Array),Sr="__proto__";function Il(e,t=On){let o;if(Zt(e)){let n=e.find(r=>r!=null);if(Zt(n)||t(n)){o=Array(e.length);for(let r=0;r<e.length;r++)o[r]=Il(e[r],t)}else o=e.slice()}else if(e instanceof ba)o=e.slice();else if(t(e)){o={};for(let n in e)n!=Sr&&(o[n]=Il(e[n],t))}else o=e;return o}function Ee(e){let t=arguments;for(let o=1;o<t.length;o++){let n=t[o];for(let r in n)r!=Sr&&(On(e[r])?Ee(e[r],Il(n[r])):e[r]=Il(n[r]))}return e}var wa=0,ya=1,xa=2;function Sa(e,t,o){for(let n=0,r,f=-1;n<t.length;n++){let a=t[n];if(a>f){for(r=a-1;r>=0&&e[r]==null;)e[r--]=null;for(r=a+1;r<o&&e[r]==null;)e[f=r++]=null}}}function va(e,t){if(Ta(e)){let a=e[0].slice();for(let d=1;d<e.length;d++)a.push(...e[d].slice(1));return Ma(a[0])||(a=_a(a)),a}let o=new Set;for(let a=0;a<e.length;a++){let u=e[a][0],p=u.length;for(let g=0;g<p;g++)o.add(u[g])}let n=[Array.from(o).sort((a,d)=>a-d)],r=n[0].length,f=new Map;for(let a=0;a<r;a++)f.set(n[0][a],a);for(let a=0;a<e.length;a++){let d=e[a],u=d[0];for(let p=1;p<d.length;p++){let g=d[p],h=Array(r).fill(void 0),w=t?t[a][p]:ya,_=[];for(let v=0;v<g.length;v++){let O=g[v],B=f.get(u[v]);O===null?w!=wa&&(h[B]=O,w==xa&&_.push(B)):h[B]=O}Sa(h,_,r),n.push(h)}}return n}var ka=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function _a(e){let t=e[0],o=t.length,n=Array(o);for(let f=0;f<n.length;f++)n[f]=f;n.sort((f,a)=>t[f]-t[a]);let r=[];for(let f=0;f<e.length;f++){let a=e[f],d=Array(o);for(let u=0;u<o;u++)d[u]=a[n[u]];r.push(d)}return r}function Ta(e){let t=e[0][0],o=t.length;for(let n=1;n<e.length;n++){let r=e[n][0];if(r.length!=o)return!1;if(r!=t){for(let f=0;f<o;f++)if(r[f]!=t[f])return!1}}return!0}function Ma(e,t=100){let o=e.length;if(o<=1)return!0;let n=0,r=o-1;for(;n<=r&&e[n]==null;)n++;for(;r>=n&&e[r]==null;)r--;if(r<=n)return!0;let f=Ke(1,st((r-n+1)/t));for(let a=e[n],d=n+f;d<=r;d+=f){let u=e[d];if(u!=null){if(u<=a)return!1;a=u}}return!0}var vr=["January","February","March","April","May","June","July","August","September","October","November","December"],kr=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function _r(e){return e.slice(0,3)}var Ea=kr.map(_r),La=vr.map(_r),Aa={MMMM:vr,MMM:La,WWWW:kr,WWW:Ea};function on(e){return(e<10?"0":"")+e}function Da(e){return(e<10?"00":e<100?"0":"")+e}var Pa={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>on(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>on(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>on(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>on(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>on(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Da(e.getMilliseconds())};function zo(e,t){t=t||Aa;let o=[],n=/\\{([a-z]+)\\}|[^{]+/gi,r;for(;r=n.exec(e);)o.push(r[0][0]=="{"?Pa[r[1]]:r[0]);return f=>{let a="";for(let d=0;d<o.length;d++)a+=typeof o[d]=="string"?o[d]:o[d](f,t);return a}}var Ca=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Ra(e,t){let o;return t=="UTC"||t=="Etc/UTC"?o=new Date(+e+e.getTimezoneOffset()*6e4):t==Ca?o=e:(o=new Date(e.toLocaleString("en-US",{timeZone:t})),o.setMilliseconds(e.getMilliseconds())),o}var Tr=e=>e%1==0,Pn=[1,2,2.5,5],$a=un(10,-32,0,Pn),Mr=un(10,0,32,Pn),Oa=Mr.filter(Tr),ul=$a.concat(Mr),Ho=`\n`,Er="{YYYY}",Gs=Ho+Er,Lr="{M}/{D}",an=Ho+Lr,Mn=an+"/{YY}",Ar="{aa}",Ba="{h}:{mm}",zl=Ba+Ar,Us=Ho+zl,Ys=":{ss}",ce=null;function Dr(e){let t=e*1e3,o=t*60,n=o*60,r=n*24,f=r*30,a=r*365,u=(e==1?un(10,0,3,Pn).filter(Tr):un(10,-3,0,Pn)).concat([t,t*5,t*10,t*15,t*30,o,o*5,o*10,o*15,o*30,n,n*2,n*3,n*4,n*6,n*8,n*12,r,r*2,r*3,r*4,r*5,r*6,r*7,r*8,r*9,r*10,r*15,f,f*2,f*3,f*4,f*6,a,a*2,a*5,a*10,a*25,a*50,a*100]),p=[[a,Er,ce,ce,ce,ce,ce,ce,1],[r*28,"{MMM}",Gs,ce,ce,ce,ce,ce,1],[r,Lr,Gs,ce,ce,ce,ce,ce,1],[n,"{h}"+Ar,Mn,ce,an,ce,ce,ce,1],[o,zl,Mn,ce,an,ce,ce,ce,1],[t,Ys,Mn+" "+zl,ce,an+" "+zl,ce,Us,ce,1],[e,Ys+".{fff}",Mn+" "+zl,ce,an+" "+zl,ce,Us,ce,1]];function g(h){return(w,_,v,O,B,z)=>{let k=[],H=B>=a,y=B>=f&&B<a,$=h(v),E=me($*e,3),M=bo($.getFullYear(),H?0:$.getMonth(),y||H?1:$.getDate()),F=me(M*e,3);if(y||H){let Y=y?B/f:0,Z=H?B/a:0,L=E==F?E:me(bo(M.getFullYear()+Z,M.getMonth()+Y,1)*e,3),Q=new Date(De(L/e)),V=Q.getFullYear(),K=Q.getMonth();for(let G=0;L<=O;G++){let le=bo(V+Z*G,K+Y*G,1),W=le-h(me(le*e,3));L=me((+le+W)*e,3),L<=O&&k.push(L)}}else{let Y=B>=r?r:B,Z=st(v)-st(E),L=F+Z+$n(E-F,Y);k.push(L);let Q=h(L),V=Q.getHours()+Q.getMinutes()/o+Q.getSeconds()/n,K=B/n,G=w.axes[_]._space,le=z/G;for(;L=me(L+B,e==1?0:3),!(L>O);)if(K>1){let W=st(me(V+K,6))%24,ne=h(L).getHours()-W;ne>1&&(ne=-1),L-=ne*n,V=(V+K)%24;let ue=k[k.length-1];me((L-ue)/B,3)*le>=.7&&k.push(L)}else k.push(L)}return k}}return[u,p,g]}var[za,Ha,Fa]=Dr(1),[Va,Ia,Na]=Dr(.001);un(2,-53,53,[1]);function Ks(e,t){return e.map(o=>o.map((n,r)=>r==0||r==8||n==null?n:t(r==1||o[8]==0?n:o[1]+n)))}function qs(e,t){return(o,n,r,f,a)=>{let d=t.find(v=>a>=v[0])||t[t.length-1],u,p,g,h,w,_;return n.map(v=>{let O=e(v),B=O.getFullYear(),z=O.getMonth(),k=O.getDate(),H=O.getHours(),y=O.getMinutes(),$=O.getSeconds(),E=B!=u&&d[2]||z!=p&&d[3]||k!=g&&d[4]||H!=h&&d[5]||y!=w&&d[6]||$!=_&&d[7]||d[1];return u=B,p=z,g=k,h=H,w=y,_=$,E(O)})}}function Wa(e,t){let o=zo(t);return(n,r,f,a,d)=>r.map(u=>o(e(u)))}function bo(e,t,o){return new Date(e,t,o)}function Zs(e,t){return t(e)}var ja="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Js(e,t){return(o,n,r,f)=>f==null?Po:t(e(n))}function Ga(e,t){let o=e.series[t];return o.width?o.stroke(e,t):o.points.width?o.points.stroke(e,t):null}function Ua(e,t){return e.series[t].fill(e,t)}var Ya={show:!0,live:!0,isolate:!1,mount:pa,markers:{show:!0,width:2,stroke:Ga,fill:Ua,dash:"solid"},idx:null,idxs:null,values:[]};function Ka(e,t){let o=e.cursor.points,n=mt(),r=o.size(e,t);ye(n,sn,r),ye(n,rn,r);let f=r/-2;ye(n,"marginLeft",f),ye(n,"marginTop",f);let a=o.width(e,t,r);return a&&ye(n,"borderWidth",a),n}function qa(e,t){let o=e.series[t].points;return o._fill||o._stroke}function Za(e,t){let o=e.series[t].points;return o._stroke||o._fill}function Ja(e,t){return e.series[t].points.size}var wo=[0,0];function Qa(e,t,o){return wo[0]=t,wo[1]=o,wo}function En(e,t,o,n=!0){return r=>{r.button==0&&(!n||r.target==t)&&o(r)}}function yo(e,t,o,n=!0){return r=>{(!n||r.target==t)&&o(r)}}var Xa={show:!0,x:!0,y:!0,lock:!1,move:Qa,points:{one:!1,show:Ka,size:Ja,width:0,stroke:Za,fill:qa},bind:{mousedown:En,mouseup:En,click:En,dblclick:En,mousemove:yo,mouseleave:yo,mouseenter:yo},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,o,n,r)=>n-r,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Pr={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Fo=Ee({},Pr,{filter:br}),Cr=Ee({},Fo,{size:10}),Rr=Ee({},Pr,{show:!1}),Vo=\'12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"\',$r="bold "+Vo,Or=1.5,Qs={show:!0,scale:"x",stroke:Do,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:$r,side:2,grid:Fo,ticks:Cr,border:Rr,font:Vo,lineGap:Or,rotate:0},ec="Value",tc="Time",Xs={show:!0,scale:"x",auto:!1,sorted:1,min:de,max:-de,idxs:[]};function lc(e,t,o,n,r){return t.map(f=>f==null?"":Oo(f))}function nc(e,t,o,n,r,f,a){let d=[],u=Jt.get(r)||0;o=a?o:me($n(o,r),u);for(let p=o;p<=n;p=me(p+r,u))d.push(Object.is(p,-0)?0:p);return d}function To(e,t,o,n,r,f,a){let d=[],u=e.scales[e.axes[t].scale].log,p=u==10?Vt:mr,g=st(p(o));r=Fl(u,g),u==10&&(r=ul[kt(r,ul)]);let h=o,w=r*u;u==10&&(w=ul[kt(w,ul)]);do d.push(h),h=h+r,u==10&&!Jt.has(h)&&(h=me(h,Jt.get(r))),h>=w&&(r=h,w=r*u,u==10&&(w=ul[kt(w,ul)]));while(h<=n);return d}function oc(e,t,o,n,r,f,a){let u=e.scales[e.axes[t].scale].asinh,p=n>u?To(e,t,Ke(u,o),n,r):[u],g=n>=0&&o<=0?[0]:[];return(o<-u?To(e,t,Ke(u,-n),-o,r):[u]).reverse().map(w=>-w).concat(g,p)}var Br=/./,sc=/[12357]/,rc=/[125]/,er=/1/,Mo=(e,t,o,n)=>e.map((r,f)=>t==4&&r==0||f%n==0&&o.test(r.toExponential()[r<0?1:0])?r:null);function ic(e,t,o,n,r){let f=e.axes[o],a=f.scale,d=e.scales[a],u=e.valToPos,p=f._space,g=u(10,a),h=u(9,a)-g>=p?Br:u(7,a)-g>=p?sc:u(5,a)-g>=p?rc:er;if(h==er){let w=Pe(u(1,a)-g);if(w<p)return Mo(t.slice().reverse(),d.distr,h,ht(p/w)).reverse()}return Mo(t,d.distr,h,1)}function ac(e,t,o,n,r){let f=e.axes[o],a=f.scale,d=f._space,u=e.valToPos,p=Pe(u(1,a)-u(2,a));return p<d?Mo(t.slice().reverse(),3,Br,ht(d/p)).reverse():t}function cc(e,t,o,n){return n==null?Po:t==null?"":Oo(t)}var tr={show:!0,scale:"y",stroke:Do,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:$r,side:3,grid:Fo,ticks:Cr,border:Rr,font:Vo,lineGap:Or,rotate:0};function fc(e,t){let o=3+(e||1)*2;return me(o*t,3)}function uc(e,t){let{scale:o,idxs:n}=e.series[0],r=e._data[0],f=e.valToPos(r[n[0]],o,!0),a=e.valToPos(r[n[1]],o,!0),d=Pe(a-f),u=e.series[t],p=d/(u.points.space*ie);return n[1]-n[0]<=p}var lr={scale:null,auto:!0,sorted:0,min:de,max:-de},zr=(e,t,o,n,r)=>r,nr={show:!0,auto:!0,sorted:0,gaps:zr,alpha:1,facets:[Ee({},lr,{scale:"x"}),Ee({},lr,{scale:"y"})]},or={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:zr,alpha:1,points:{show:uc,filter:null},values:null,min:de,max:-de,idxs:[],path:null,clip:null};function pc(e,t,o,n,r){return o/10}var Hr={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},dc=Ee({},Hr,{time:!1,ori:1}),sr={};function Fr(e,t){let o=sr[e];return o||(o={key:e,plots:[],sub(n){o.plots.push(n)},unsub(n){o.plots=o.plots.filter(r=>r!=n)},pub(n,r,f,a,d,u,p){for(let g=0;g<o.plots.length;g++)o.plots[g]!=r&&o.plots[g].pub(n,r,f,a,d,u,p)}},e!=null&&(sr[e]=o)),o}var Nl=1,Eo=2;function hl(e,t,o){let n=e.mode,r=e.series[t],f=n==2?e._data[t]:e._data,a=e.scales,d=e.bbox,u=f[0],p=n==2?f[1]:f[t],g=n==2?a[r.facets[0].scale]:a[e.series[0].scale],h=n==2?a[r.facets[1].scale]:a[r.scale],w=d.left,_=d.top,v=d.width,O=d.height,B=e.valToPosH,z=e.valToPosV;return g.ori==0?o(r,u,p,g,h,B,z,w,_,v,O,zn,jl,Fn,Ir,Wr):o(r,u,p,g,h,z,B,_,w,O,v,Hn,Gl,Wo,Nr,jr)}function Io(e,t){let o=0,n=0,r=se(e.bands,Bo);for(let f=0;f<r.length;f++){let a=r[f];a.series[0]==t?o=a.dir:a.series[1]==t&&(a.dir==1?n|=1:n|=2)}return[o,n==1?-1:n==2?1:n==3?2:0]}function mc(e,t,o,n,r){let f=e.mode,a=e.series[t],d=f==2?a.facets[1].scale:a.scale,u=e.scales[d];return r==-1?u.min:r==1?u.max:u.distr==3?u.dir==1?u.min:u.max:0}function It(e,t,o,n,r,f){return hl(e,t,(a,d,u,p,g,h,w,_,v,O,B)=>{let z=a.pxRound,k=p.dir*(p.ori==0?1:-1),H=p.ori==0?jl:Gl,y,$;k==1?(y=o,$=n):(y=n,$=o);let E=z(h(d[y],p,O,_)),M=z(w(u[y],g,B,v)),F=z(h(d[$],p,O,_)),Y=z(w(f==1?g.max:g.min,g,B,v)),Z=new Path2D(r);return H(Z,F,Y),H(Z,E,Y),H(Z,E,M),Z})}function Bn(e,t,o,n,r,f){let a=null;if(e.length>0){a=new Path2D;let d=t==0?Fn:Wo,u=o;for(let h=0;h<e.length;h++){let w=e[h];if(w[1]>w[0]){let _=w[0]-u;_>0&&d(a,u,n,_,n+f),u=w[1]}}let p=o+r-u,g=10;p>0&&d(a,u,n-g/2,p,n+f+g)}return a}function hc(e,t,o){let n=e[e.length-1];n&&n[0]==t?n[1]=o:e.push([t,o])}function No(e,t,o,n,r,f,a){let d=[],u=e.length;for(let p=r==1?o:n;p>=o&&p<=n;p+=r)if(t[p]===null){let h=p,w=p;if(r==1)for(;++p<=n&&t[p]===null;)w=p;else for(;--p>=o&&t[p]===null;)w=p;let _=f(e[h]),v=w==h?_:f(e[w]),O=h-r;_=a<=0&&O>=0&&O<u?f(e[O]):_;let z=w+r;v=a>=0&&z>=0&&z<u?f(e[z]):v,v>=_&&d.push([_,v])}return d}function rr(e){return e==0?gr:e==1?De:t=>fl(t,e)}function Vr(e){let t=e==0?zn:Hn,o=e==0?(r,f,a,d,u,p)=>{r.arcTo(f,a,d,u,p)}:(r,f,a,d,u,p)=>{r.arcTo(a,f,u,d,p)},n=e==0?(r,f,a,d,u)=>{r.rect(f,a,d,u)}:(r,f,a,d,u)=>{r.rect(a,f,u,d)};return(r,f,a,d,u,p=0,g=0)=>{p==0&&g==0?n(r,f,a,d,u):(p=_t(p,d/2,u/2),g=_t(g,d/2,u/2),t(r,f+p,a),o(r,f+d,a,f+d,a+u,p),o(r,f+d,a+u,f,a+u,g),o(r,f,a+u,f,a,g),o(r,f,a,f+d,a,p),r.closePath())}}var zn=(e,t,o)=>{e.moveTo(t,o)},Hn=(e,t,o)=>{e.moveTo(o,t)},jl=(e,t,o)=>{e.lineTo(t,o)},Gl=(e,t,o)=>{e.lineTo(o,t)},Fn=Vr(0),Wo=Vr(1),Ir=(e,t,o,n,r,f)=>{e.arc(t,o,n,r,f)},Nr=(e,t,o,n,r,f)=>{e.arc(o,t,n,r,f)},Wr=(e,t,o,n,r,f,a)=>{e.bezierCurveTo(t,o,n,r,f,a)},jr=(e,t,o,n,r,f,a)=>{e.bezierCurveTo(o,t,r,n,a,f)};function Gr(e){return(t,o,n,r,f)=>hl(t,o,(a,d,u,p,g,h,w,_,v,O,B)=>{let{pxRound:z,points:k}=a,H,y;p.ori==0?(H=zn,y=Ir):(H=Hn,y=Nr);let $=me(k.width*ie,3),E=(k.size-k.width)/2*ie,M=me(E*2,3),F=new Path2D,Y=new Path2D,{left:Z,top:L,width:Q,height:V}=t.bbox;Fn(Y,Z-M,L-M,Q+M*2,V+M*2);let K=G=>{if(u[G]!=null){let le=z(h(d[G],p,O,_)),W=z(w(u[G],g,B,v));H(F,le+E,W),y(F,le,W,E,0,Ln*2)}};if(f)f.forEach(K);else for(let G=n;G<=r;G++)K(G);return{stroke:$>0?F:null,fill:F,clip:Y,flags:Nl|Eo}})}function Ur(e){return(t,o,n,r,f,a)=>{n!=r&&(f!=n&&a!=n&&e(t,o,n),f!=r&&a!=r&&e(t,o,r),e(t,o,a))}}var gc=Ur(jl),bc=Ur(Gl);function Yr(e){let t=se(e?.alignGaps,0);return(o,n,r,f)=>hl(o,n,(a,d,u,p,g,h,w,_,v,O,B)=>{[r,f]=Cn(u,r,f);let z=a.pxRound,k=V=>z(h(V,p,O,_)),H=V=>z(w(V,g,B,v)),y,$;p.ori==0?(y=jl,$=gc):(y=Gl,$=bc);let E=p.dir*(p.ori==0?1:-1),M={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Nl},F=M.stroke,Y=!1;if(f-r>=O*4){let V=I=>o.posToVal(I,p.key,!0),K=null,G=null,le,W,qe,xe=k(d[E==1?r:f]),ne=k(d[r]),ue=k(d[f]),X=V(E==1?ne+1:ue-1);for(let I=E==1?r:f;I>=r&&I<=f;I+=E){let Le=d[I],Se=(E==1?Le<X:Le>X)?xe:k(Le),ae=u[I];Se==xe?ae!=null?(W=ae,K==null?(y(F,Se,H(W)),le=K=G=W):W<K?K=W:W>G&&(G=W)):ae===null&&(Y=!0):(K!=null&&$(F,xe,H(K),H(G),H(le),H(W)),ae!=null?(W=ae,y(F,Se,H(W)),K=G=le=W):(K=G=null,ae===null&&(Y=!0)),xe=Se,X=V(xe+E))}K!=null&&K!=G&&qe!=xe&&$(F,xe,H(K),H(G),H(le),H(W))}else for(let V=E==1?r:f;V>=r&&V<=f;V+=E){let K=u[V];K===null?Y=!0:K!=null&&y(F,k(d[V]),H(K))}let[L,Q]=Io(o,n);if(a.fill!=null||L!=0){let V=M.fill=new Path2D(F),K=a.fillTo(o,n,a.min,a.max,L),G=H(K),le=k(d[r]),W=k(d[f]);E==-1&&([W,le]=[le,W]),y(V,W,G),y(V,le,G)}if(!a.spanGaps){let V=[];Y&&V.push(...No(d,u,r,f,E,k,t)),M.gaps=V=a.gaps(o,n,r,f,V),M.clip=Bn(V,p.ori,_,v,O,B)}return Q!=0&&(M.band=Q==2?[It(o,n,r,f,F,-1),It(o,n,r,f,F,1)]:It(o,n,r,f,F,Q)),M})}function wc(e){let t=se(e.align,1),o=se(e.ascDesc,!1),n=se(e.alignGaps,0),r=se(e.extend,!1);return(f,a,d,u)=>hl(f,a,(p,g,h,w,_,v,O,B,z,k,H)=>{[d,u]=Cn(h,d,u);let y=p.pxRound,{left:$,width:E}=f.bbox,M=ne=>y(v(ne,w,k,B)),F=ne=>y(O(ne,_,H,z)),Y=w.ori==0?jl:Gl,Z={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Nl},L=Z.stroke,Q=w.dir*(w.ori==0?1:-1),V=F(h[Q==1?d:u]),K=M(g[Q==1?d:u]),G=K,le=K;r&&t==-1&&(le=$,Y(L,le,V)),Y(L,K,V);for(let ne=Q==1?d:u;ne>=d&&ne<=u;ne+=Q){let ue=h[ne];if(ue==null)continue;let X=M(g[ne]),I=F(ue);t==1?Y(L,X,V):Y(L,G,I),Y(L,X,I),V=I,G=X}let W=G;r&&t==1&&(W=$+E,Y(L,W,V));let[qe,xe]=Io(f,a);if(p.fill!=null||qe!=0){let ne=Z.fill=new Path2D(L),ue=p.fillTo(f,a,p.min,p.max,qe),X=F(ue);Y(ne,W,X),Y(ne,le,X)}if(!p.spanGaps){let ne=[];ne.push(...No(g,h,d,u,Q,M,n));let ue=p.width*ie/2,X=o||t==1?ue:-ue,I=o||t==-1?-ue:ue;ne.forEach(Le=>{Le[0]+=X,Le[1]+=I}),Z.gaps=ne=p.gaps(f,a,d,u,ne),Z.clip=Bn(ne,w.ori,B,z,k,H)}return xe!=0&&(Z.band=xe==2?[It(f,a,d,u,L,-1),It(f,a,d,u,L,1)]:It(f,a,d,u,L,xe)),Z})}function ir(e,t,o,n,r,f,a=de){if(e.length>1){let d=null;for(let u=0,p=1/0;u<e.length;u++)if(t[u]!==void 0){if(d!=null){let g=Pe(e[u]-e[d]);g<p&&(p=g,a=Pe(o(e[u],n,r,f)-o(e[d],n,r,f)))}d=u}}return a}function yc(e){e=e||fn;let t=se(e.size,[.6,de,1]),o=e.align||0,n=e.gap||0,r=e.radius;r=r==null?[0,0]:typeof r=="number"?[r,0]:r;let f=te(r),a=1-t[0],d=se(t[1],de),u=se(t[2],1),p=se(e.disp,fn),g=se(e.each,_=>{}),{fill:h,stroke:w}=p;return(_,v,O,B)=>hl(_,v,(z,k,H,y,$,E,M,F,Y,Z,L)=>{let Q=z.pxRound,V=o,K=n*ie,G=d*ie,le=u*ie,W,qe;y.ori==0?[W,qe]=f(_,v):[qe,W]=f(_,v);let xe=y.dir*(y.ori==0?1:-1),ne=y.ori==0?Fn:Wo,ue=y.ori==0?g:(C,he,Ae,xl,ll,Lt,nl)=>{g(C,he,Ae,ll,xl,nl,Lt)},X=se(_.bands,Bo).find(C=>C.series[0]==v),I=X!=null?X.dir:0,Le=z.fillTo(_,v,z.min,z.max,I),We=Q(M(Le,$,L,Y)),Se,ae,bt,Xe=Z,ke=Q(z.width*ie),Et=!1,zt=null,at=null,jt=null,bl=null;h!=null&&(ke==0||w!=null)&&(Et=!0,zt=h.values(_,v,O,B),at=new Map,new Set(zt).forEach(C=>{C!=null&&at.set(C,new Path2D)}),ke>0&&(jt=w.values(_,v,O,B),bl=new Map,new Set(jt).forEach(C=>{C!=null&&bl.set(C,new Path2D)})));let{x0:wl,size:Zl}=p;if(wl!=null&&Zl!=null){V=1,k=wl.values(_,v,O,B),wl.unit==2&&(k=k.map(Ae=>_.posToVal(F+Ae*Z,y.key,!0)));let C=Zl.values(_,v,O,B);Zl.unit==2?ae=C[0]*Z:ae=E(C[0],y,Z,F)-E(0,y,Z,F),Xe=ir(k,H,E,y,Z,F,Xe),bt=Xe-ae+K}else Xe=ir(k,H,E,y,Z,F,Xe),bt=Xe*a+K,ae=Xe-bt;bt<1&&(bt=0),ke>=ae/2&&(ke=0),bt<5&&(Q=gr);let hn=bt>0,el=Xe-bt-(hn?ke:0);ae=Q(_o(el,le,G)),Se=(V==0?ae/2:V==xe?0:ae)-V*xe*((V==0?K/2:0)+(hn?ke/2:0));let je={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},yl=Et?null:new Path2D,Ht=null;if(X!=null)Ht=_.data[X.series[1]];else{let{y0:C,y1:he}=p;C!=null&&he!=null&&(H=he.values(_,v,O,B),Ht=C.values(_,v,O,B))}let tl=W*ae,J=qe*ae;for(let C=xe==1?O:B;C>=O&&C<=B;C+=xe){let he=H[C];if(he==null)continue;if(Ht!=null){let Ze=Ht[C]??0;if(he-Ze==0)continue;We=M(Ze,$,L,Y)}let Ae=y.distr!=2||p!=null?k[C]:C,xl=E(Ae,y,Z,F),ll=M(se(he,Le),$,L,Y),Lt=Q(xl-Se),nl=Q(Ke(ll,We)),et=Q(_t(ll,We)),ct=nl-et;if(he!=null){let Ze=he<0?J:tl,wt=he<0?tl:J;Et?(ke>0&&jt[C]!=null&&ne(bl.get(jt[C]),Lt,et+st(ke/2),ae,Ke(0,ct-ke),Ze,wt),zt[C]!=null&&ne(at.get(zt[C]),Lt,et+st(ke/2),ae,Ke(0,ct-ke),Ze,wt)):ne(yl,Lt,et+st(ke/2),ae,Ke(0,ct-ke),Ze,wt),ue(_,v,C,Lt-ke/2,et,ae+ke,ct)}}return ke>0?je.stroke=Et?bl:yl:Et||(je._fill=z.width==0?z._fill:z._stroke??z._fill,je.width=0),je.fill=Et?at:yl,je})}function xc(e,t){let o=se(t?.alignGaps,0);return(n,r,f,a)=>hl(n,r,(d,u,p,g,h,w,_,v,O,B,z)=>{[f,a]=Cn(p,f,a);let k=d.pxRound,H=W=>k(w(W,g,B,v)),y=W=>k(_(W,h,z,O)),$,E,M;g.ori==0?($=zn,M=jl,E=Wr):($=Hn,M=Gl,E=jr);let F=g.dir*(g.ori==0?1:-1),Y=H(u[F==1?f:a]),Z=Y,L=[],Q=[];for(let W=F==1?f:a;W>=f&&W<=a;W+=F)if(p[W]!=null){let xe=u[W],ne=H(xe);L.push(Z=ne),Q.push(y(p[W]))}let V={stroke:e(L,Q,$,M,E,k),fill:null,clip:null,band:null,gaps:null,flags:Nl},K=V.stroke,[G,le]=Io(n,r);if(d.fill!=null||G!=0){let W=V.fill=new Path2D(K),qe=d.fillTo(n,r,d.min,d.max,G),xe=y(qe);M(W,Z,xe),M(W,Y,xe)}if(!d.spanGaps){let W=[];W.push(...No(u,p,f,a,F,H,o)),V.gaps=W=d.gaps(n,r,f,a,W),V.clip=Bn(W,g.ori,v,O,B,z)}return le!=0&&(V.band=le==2?[It(n,r,f,a,K,-1),It(n,r,f,a,K,1)]:It(n,r,f,a,K,le)),V})}function Sc(e){return xc(vc,e)}function vc(e,t,o,n,r,f){let a=e.length;if(a<2)return null;let d=new Path2D;if(o(d,e[0],t[0]),a==2)n(d,e[1],t[1]);else{let u=Array(a),p=Array(a-1),g=Array(a-1),h=Array(a-1);for(let w=0;w<a-1;w++)g[w]=t[w+1]-t[w],h[w]=e[w+1]-e[w],p[w]=g[w]/h[w];u[0]=p[0];for(let w=1;w<a-1;w++)p[w]===0||p[w-1]===0||p[w-1]>0!=p[w]>0?u[w]=0:(u[w]=3*(h[w-1]+h[w])/((2*h[w]+h[w-1])/p[w-1]+(h[w]+2*h[w-1])/p[w]),isFinite(u[w])||(u[w]=0));u[a-1]=p[a-2];for(let w=0;w<a-1;w++)r(d,e[w]+h[w]/3,t[w]+u[w]*h[w]/3,e[w+1]-h[w]/3,t[w+1]-u[w+1]*h[w]/3,e[w+1],t[w+1])}return d}var Lo=new Set;function ar(){for(let e of Lo)e.syncRect(!0)}Wl&&(dl(la,Hl,ar),dl(na,Hl,ar,!0),dl(An,Hl,()=>{He.pxRatio=ie}));var kc=Yr(),_c=Gr();function cr(e,t,o,n){return(n?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((f,a)=>Ao(f,a,t,o))}function Tc(e,t){return e.map((o,n)=>n==0?{}:Ee({},t,o))}function Ao(e,t,o,n){return Ee({},t==0?o:n,e)}function Kr(e,t,o){return t==null?Vl:[t,o]}var Mc=Kr;function Ec(e,t,o){return t==null?Vl:Dn(t,o,$o,!0)}function qr(e,t,o,n){return t==null?Vl:Rn(t,o,e.scales[n].log,!1)}var Lc=qr;function Zr(e,t,o,n){return t==null?Vl:Ro(t,o,e.scales[n].log,!1)}var Ac=Zr;function Dc(e,t,o,n,r){let f=Ke(Is(e),Is(t)),a=t-e,d=kt(r/n*a,o);do{let u=o[d],p=n*u/a;if(p>=r&&f+(u<5?Jt.get(u):0)<=17)return[u,p]}while(++d<o.length);return[0,0]}function fr(e){let t,o;return e=e.replace(/(\\d+)px/,(n,r)=>(t=De((o=+r)*ie))+"px"),[e,t,o]}function Pc(e){e.show&&[e.font,e.labelFont].forEach(t=>{let o=me(t[2]*ie,1);t[0]=t[0].replace(/[0-9.]+px/,o+"px"),t[1]=o})}function He(e,t,o){let n={mode:se(e.mode,1)},r=n.mode;function f(l,s,i,c){let m=s.valToPct(l);return c+i*(s.dir==-1?1-m:m)}function a(l,s,i,c){let m=s.valToPct(l);return c+i*(s.dir==-1?m:1-m)}function d(l,s,i,c){return s.ori==0?f(l,s,i,c):a(l,s,i,c)}n.valToPosH=f,n.valToPosV=a;let u=!1;n.status=0;let p=n.root=mt(Hi);if(e.id!=null&&(p.id=e.id),ot(p,e.class),e.title){let l=mt(Ii,p);l.textContent=e.title}let g=vt("canvas"),h=n.ctx=g.getContext("2d"),w=mt(Ni,p);dl("click",w,l=>{l.target===v&&(ge!=Pl||ve!=Cl)&&Ve.click(n,l)},!0);let _=n.under=mt(Wi,w);w.appendChild(g);let v=n.over=mt(ji,w);e=Il(e);let O=+se(e.pxAlign,1),B=rr(O);(e.plugins||[]).forEach(l=>{l.opts&&(e=l.opts(n,e)||e)});let z=e.ms||.001,k=n.series=r==1?cr(e.series||[],Xs,or,!1):Tc(e.series||[null],nr),H=n.axes=cr(e.axes||[],Qs,tr,!0),y=n.scales={},$=n.bands=e.bands||[];$.forEach(l=>{l.fill=te(l.fill||null),l.dir=se(l.dir,-1)});let E=r==2?k[1].facets[0].scale:k[0].scale,M={axes:ki,series:wi},F=(e.drawOrder||["axes","series"]).map(l=>M[l]);function Y(l){let s=l.distr==3?i=>Vt(i>0?i:l.clamp(n,i,l.min,l.max,l.key)):l.distr==4?i=>go(i,l.asinh):l.distr==100?i=>l.fwd(i):i=>i;return i=>{let c=s(i),{_min:m,_max:b}=l,x=b-m;return(c-m)/x}}function Z(l){let s=y[l];if(s==null){let i=(e.scales||fn)[l]||fn;if(i.from!=null){Z(i.from);let c=Ee({},y[i.from],i,{key:l});c.valToPct=Y(c),y[l]=c}else{s=y[l]=Ee({},l==E?Hr:dc,i),s.key=l;let c=s.time,m=s.range,b=Zt(m);if((l!=E||r==2&&!c)&&(b&&(m[0]==null||m[1]==null)&&(m={min:m[0]==null?Hs:{mode:1,hard:m[0],soft:m[0]},max:m[1]==null?Hs:{mode:1,hard:m[1],soft:m[1]}},b=!1),!b&&On(m))){let x=m;m=(S,T,D)=>T==null?Vl:Dn(T,D,x)}s.range=te(m||(c?Mc:l==E?s.distr==3?Lc:s.distr==4?Ac:Kr:s.distr==3?qr:s.distr==4?Zr:Ec)),s.auto=te(b?!1:s.auto),s.clamp=te(s.clamp||pc),s._min=s._max=null,s.valToPct=Y(s)}}}Z("x"),Z("y"),r==1&&k.forEach(l=>{Z(l.scale)}),H.forEach(l=>{Z(l.scale)});for(let l in e.scales)Z(l);let L=y[E],Q=L.distr,V,K;L.ori==0?(ot(p,Fi),V=f,K=a):(ot(p,Vi),V=a,K=f);let G={};for(let l in y){let s=y[l];(s.min!=null||s.max!=null)&&(G[l]={min:s.min,max:s.max},s.min=s.max=null)}let le=e.tzDate||(l=>new Date(De(l/z))),W=e.fmtDate||zo,qe=z==1?Fa(le):Na(le),xe=qs(le,Ks(z==1?Ha:Ia,W)),ne=Js(le,Zs(ja,W)),ue=[],X=n.legend=Ee({},Ya,e.legend),I=n.cursor=Ee({},Xa,{drag:{y:r==2}},e.cursor),Le=X.show,We=I.show,Se=X.markers;X.idxs=ue,Se.width=te(Se.width),Se.dash=te(Se.dash),Se.stroke=te(Se.stroke),Se.fill=te(Se.fill);let ae,bt,Xe,ke=[],Et=[],zt,at=!1,jt={};if(X.live){let l=k[1]?k[1].values:null;at=l!=null,zt=at?l(n,1,0):{_:0};for(let s in zt)jt[s]=Po}if(Le)if(ae=vt("table",Zi,p),Xe=vt("tbody",null,ae),X.mount(n,ae),at){bt=vt("thead",null,ae,Xe);let l=vt("tr",null,bt);vt("th",null,l);for(var bl in zt)vt("th",Ts,l).textContent=bl}else ot(ae,Qi),X.live&&ot(ae,Ji);let wl={show:!0},Zl={show:!1};function hn(l,s){if(s==0&&(at||!X.live||r==2))return Vl;let i=[],c=vt("tr",Xi,Xe,Xe.childNodes[s]);ot(c,l.class),l.show||ot(c,pl);let m=vt("th",null,c);if(Se.show){let S=mt(ea,m);if(s>0){let T=Se.width(n,s);T&&(S.style.border=T+"px "+Se.dash(n,s)+" "+Se.stroke(n,s)),S.style.background=Se.fill(n,s)}}let b=mt(Ts,m);l.label instanceof HTMLElement?b.appendChild(l.label):b.textContent=l.label,s>0&&(Se.show||(b.style.color=l.width>0?Se.stroke(n,s):Se.fill(n,s)),je("click",m,S=>{if(I._lock)return;sl(S);let T=k.indexOf(l);if((S.ctrlKey||S.metaKey)!=X.isolate){let D=k.some((P,R)=>R>0&&R!=T&&P.show);k.forEach((P,R)=>{R>0&&Dt(R,D?R==T?wl:Zl:wl,!0,Me.setSeries)})}else Dt(T,{show:!l.show},!0,Me.setSeries)},!1),vl&&je(As,m,S=>{I._lock||(sl(S),Dt(k.indexOf(l),$l,!0,Me.setSeries))},!1));for(var x in zt){let S=vt("td",ta,c);S.textContent="--",i.push(S)}return[c,i]}let el=new Map;function je(l,s,i,c=!0){let m=el.get(s)||{},b=I.bind[l](n,s,i,c);b&&(dl(l,s,m[l]=b),el.set(s,m))}function yl(l,s,i){let c=el.get(s)||{};for(let m in c)(l==null||m==l)&&(ko(m,s,c[m]),delete c[m]);l==null&&el.delete(s)}let Ht=0,tl=0,J=0,C=0,he=0,Ae=0,xl=he,ll=Ae,Lt=J,nl=C,et=0,ct=0,Ze=0,wt=0;n.bbox={};let Wn=!1,gn=!1,Sl=!1,ol=!1,bn=!1,ft=!1;function jn(l,s,i){(i||l!=n.width||s!=n.height)&&qo(l,s),El(!1),Sl=!0,gn=!0,Ll()}function qo(l,s){n.width=Ht=J=l,n.height=tl=C=s,he=Ae=0,ui(),pi();let i=n.bbox;et=i.left=fl(he*ie,.5),ct=i.top=fl(Ae*ie,.5),Ze=i.width=fl(J*ie,.5),wt=i.height=fl(C*ie,.5)}let ai=3;function ci(){let l=!1,s=0;for(;!l;){s++;let i=Si(s),c=vi(s);l=s==ai||i&&c,l||(qo(n.width,n.height),gn=!0)}}function fi({width:l,height:s}){jn(l,s)}n.setSize=fi;function ui(){let l=!1,s=!1,i=!1,c=!1;H.forEach((m,b)=>{if(m.show&&m._show){let{side:x,_size:S}=m,T=x%2,D=m.label!=null?m.labelSize:0,P=S+D;P>0&&(T?(J-=P,x==3?(he+=P,c=!0):i=!0):(C-=P,x==0?(Ae+=P,l=!0):s=!0))}}),rl[0]=l,rl[1]=i,rl[2]=s,rl[3]=c,J-=Gt[1]+Gt[3],he+=Gt[3],C-=Gt[2]+Gt[0],Ae+=Gt[0]}function pi(){let l=he+J,s=Ae+C,i=he,c=Ae;function m(b,x){switch(b){case 1:return l+=x,l-x;case 2:return s+=x,s-x;case 3:return i-=x,i+x;case 0:return c-=x,c+x}}H.forEach((b,x)=>{if(b.show&&b._show){let S=b.side;b._pos=m(S,b._size),b.label!=null&&(b._lpos=m(S,b.labelSize))}})}if(I.dataIdx==null){let l=I.hover,s=l.skip=new Set(l.skip??[]);s.add(void 0);let i=l.prox=te(l.prox),c=l.bias??=0;I.dataIdx=(m,b,x,S)=>{if(b==0)return x;let T=x,D=i(m,b,x,S)??de,P=D>=0&&D<de,R=L.ori==0?J:C,q=I.left,re=t[0],oe=t[b];if(s.has(oe[x])){T=null;let ee=null,U=null,N;if(c==0||c==-1)for(N=x;ee==null&&N-- >0;)s.has(oe[N])||(ee=N);if(c==0||c==1)for(N=x;U==null&&N++<oe.length;)s.has(oe[N])||(U=N);if(ee!=null||U!=null)if(P){let we=ee==null?-1/0:V(re[ee],L,R,0),_e=U==null?1/0:V(re[U],L,R,0),ze=q-we,pe=_e-q;ze<=pe?ze<=D&&(T=ee):pe<=D&&(T=U)}else T=U==null?ee:ee==null?U:x-ee<=U-x?ee:U}else P&&Pe(q-V(re[x],L,R,0))>D&&(T=null);return T}}let sl=l=>{I.event=l};I.idxs=ue,I._lock=!1;let Ne=I.points;Ne.show=te(Ne.show),Ne.size=te(Ne.size),Ne.stroke=te(Ne.stroke),Ne.width=te(Ne.width),Ne.fill=te(Ne.fill);let At=n.focus=Ee({},e.focus||{alpha:.3},I.focus),vl=At.prox>=0,kl=vl&&Ne.one,ut=[],_l=[],Tl=[];function Zo(l,s){let i=Ne.show(n,s);if(i instanceof HTMLElement)return ot(i,qi),ot(i,l.class),$t(i,-10,-10,J,C),v.insertBefore(i,ut[s]),i}function Jo(l,s){if(r==1||s>0){let i=r==1&&y[l.scale].time,c=l.value;l.value=i?js(c)?Js(le,Zs(c,W)):c||ne:c||cc,l.label=l.label||(i?tc:ec)}if(kl||s>0){l.width=l.width==null?1:l.width,l.paths=l.paths||kc||da,l.fillTo=te(l.fillTo||mc),l.pxAlign=+se(l.pxAlign,O),l.pxRound=rr(l.pxAlign),l.stroke=te(l.stroke||null),l.fill=te(l.fill||null),l._stroke=l._fill=l._paths=l._focus=null;let i=fc(Ke(1,l.width),1),c=l.points=Ee({},{size:i,width:Ke(1,i*.2),stroke:l.stroke,space:i*2,paths:_c,_stroke:null,_fill:null},l.points);c.show=te(c.show),c.filter=te(c.filter),c.fill=te(c.fill),c.stroke=te(c.stroke),c.paths=te(c.paths),c.pxAlign=l.pxAlign}if(Le){let i=hn(l,s);ke.splice(s,0,i[0]),Et.splice(s,0,i[1]),X.values.push(null)}if(We){ue.splice(s,0,null);let i=null;kl?s==0&&(i=Zo(l,s)):s>0&&(i=Zo(l,s)),ut.splice(s,0,i),_l.splice(s,0,0),Tl.splice(s,0,0)}Be("addSeries",s)}function di(l,s){s=s??k.length,l=r==1?Ao(l,s,Xs,or):Ao(l,s,{},nr),k.splice(s,0,l),Jo(k[s],s)}n.addSeries=di;function mi(l){if(k.splice(l,1),Le){X.values.splice(l,1),Et.splice(l,1);let s=ke.splice(l,1)[0];yl(null,s.firstChild),s.remove()}We&&(ue.splice(l,1),ut.splice(l,1)[0].remove(),_l.splice(l,1),Tl.splice(l,1)),Be("delSeries",l)}n.delSeries=mi;let rl=[!1,!1,!1,!1];function hi(l,s){if(l._show=l.show,l.show){let i=l.side%2,c=y[l.scale];c==null&&(l.scale=i?k[1].scale:E,c=y[l.scale]);let m=c.time;l.size=te(l.size),l.space=te(l.space),l.rotate=te(l.rotate),Zt(l.incrs)&&l.incrs.forEach(x=>{!Jt.has(x)&&Jt.set(x,yr(x))}),l.incrs=te(l.incrs||(c.distr==2?Oa:m?z==1?za:Va:ul)),l.splits=te(l.splits||(m&&c.distr==1?qe:c.distr==3?To:c.distr==4?oc:nc)),l.stroke=te(l.stroke),l.grid.stroke=te(l.grid.stroke),l.ticks.stroke=te(l.ticks.stroke),l.border.stroke=te(l.border.stroke);let b=l.values;l.values=Zt(b)&&!Zt(b[0])?te(b):m?Zt(b)?qs(le,Ks(b,W)):js(b)?Wa(le,b):b||xe:b||lc,l.filter=te(l.filter||(c.distr>=3&&c.log==10?ic:c.distr==3&&c.log==2?ac:br)),l.font=fr(l.font),l.labelFont=fr(l.labelFont),l._size=l.size(n,null,s,0),l._space=l._rotate=l._incrs=l._found=l._splits=l._values=null,l._size>0&&(rl[s]=!0,l._el=mt(Gi,w))}}function Jl(l,s,i,c){let[m,b,x,S]=i,T=s%2,D=0;return T==0&&(S||b)&&(D=s==0&&!m||s==2&&!x?De(Qs.size/3):0),T==1&&(m||x)&&(D=s==1&&!b||s==3&&!S?De(tr.size/2):0),D}let Qo=n.padding=(e.padding||[Jl,Jl,Jl,Jl]).map(l=>te(se(l,Jl))),Gt=n._padding=Qo.map((l,s)=>l(n,s,rl,0)),Fe,Ce=null,Re=null,wn=r==1?k[0].idxs:null,yt=null,Ql=!1;function Xo(l,s){if(t=l??[],n.data=n._data=t,r==2){Fe=0;for(let i=1;i<k.length;i++)Fe+=t[i][0].length}else{t.length==0&&(n.data=n._data=t=[[]]),yt=t[0],Fe=yt.length;let i=t;if(Q==2){i=t.slice();let c=i[0]=Array(Fe);for(let m=0;m<Fe;m++)c[m]=m}n._data=t=i}if(El(!0),Be("setData"),Q==2&&(Sl=!0),s!==!1){let i=L;i.auto(n,Ql)?Gn():Yt(E,i.min,i.max),ol=ol||I.left>=0,ft=!0,Ll()}}n.setData=Xo;function Gn(){Ql=!0;let l,s;r==1&&(Fe>0?(Ce=wn[0]=0,Re=wn[1]=Fe-1,l=t[0][Ce],s=t[0][Re],Q==2?(l=Ce,s=Re):l==s&&(Q==3?[l,s]=Rn(l,l,L.log,!1):Q==4?[l,s]=Ro(l,l,L.log,!1):L.time?s=l+De(86400/z):[l,s]=Dn(l,s,$o,!0))):(Ce=wn[0]=l=null,Re=wn[1]=s=null)),Yt(E,l,s)}let yn,Ml,Un,Yn,Kn,qn,Zn,Jn,Qn,Je;function es(l,s,i,c,m,b){l??=Es,i??=Bo,c??="butt",m??=Es,b??="round",l!=yn&&(h.strokeStyle=yn=l),m!=Ml&&(h.fillStyle=Ml=m),s!=Un&&(h.lineWidth=Un=s),b!=Kn&&(h.lineJoin=Kn=b),c!=qn&&(h.lineCap=qn=c),i!=Yn&&h.setLineDash(Yn=i)}function ts(l,s,i,c){s!=Ml&&(h.fillStyle=Ml=s),l!=Zn&&(h.font=Zn=l),i!=Jn&&(h.textAlign=Jn=i),c!=Qn&&(h.textBaseline=Qn=c)}function Xn(l,s,i,c,m=0){if(c.length>0&&l.auto(n,Ql)&&(s==null||s.min==null)){let b=se(Ce,0),x=se(Re,c.length-1),S=i.min==null?ia(c,b,x,m,l.distr==3):[i.min,i.max];l.min=_t(l.min,i.min=S[0]),l.max=Ke(l.max,i.max=S[1])}}let ls={min:null,max:null};function gi(){for(let c in y){let m=y[c];G[c]==null&&(m.min==null||G[E]!=null&&m.auto(n,Ql))&&(G[c]=ls)}for(let c in y){let m=y[c];G[c]==null&&m.from!=null&&G[m.from]!=null&&(G[c]=ls)}G[E]!=null&&El(!0);let l={};for(let c in G){let m=G[c];if(m!=null){let b=l[c]=Il(y[c],ga);if(m.min!=null)Ee(b,m);else if(c!=E||r==2)if(Fe==0&&b.from==null){let x=b.range(n,null,null,c);b.min=x[0],b.max=x[1]}else b.min=de,b.max=-de}}if(Fe>0){k.forEach((c,m)=>{if(r==1){let b=c.scale,x=G[b];if(x==null)return;let S=l[b];if(m==0){let T=S.range(n,S.min,S.max,b);S.min=T[0],S.max=T[1],Ce=kt(S.min,t[0]),Re=kt(S.max,t[0]),Re-Ce>1&&(t[0][Ce]<S.min&&Ce++,t[0][Re]>S.max&&Re--),c.min=yt[Ce],c.max=yt[Re]}else c.show&&c.auto&&Xn(S,x,c,t[m],c.sorted);c.idxs[0]=Ce,c.idxs[1]=Re}else if(m>0&&c.show&&c.auto){let[b,x]=c.facets,S=b.scale,T=x.scale,[D,P]=t[m],R=l[S],q=l[T];R!=null&&Xn(R,G[S],b,D,b.sorted),q!=null&&Xn(q,G[T],x,P,x.sorted),c.min=x.min,c.max=x.max}});for(let c in l){let m=l[c],b=G[c];if(m.from==null&&(b==null||b.min==null)){let x=m.range(n,m.min==de?null:m.min,m.max==-de?null:m.max,c);m.min=x[0],m.max=x[1]}}}for(let c in l){let m=l[c];if(m.from!=null){let b=l[m.from];if(b.min==null)m.min=m.max=null;else{let x=m.range(n,b.min,b.max,c);m.min=x[0],m.max=x[1]}}}let s={},i=!1;for(let c in l){let m=l[c],b=y[c];if(b.min!=m.min||b.max!=m.max){b.min=m.min,b.max=m.max;let x=b.distr;b._min=x==3?Vt(b.min):x==4?go(b.min,b.asinh):x==100?b.fwd(b.min):b.min,b._max=x==3?Vt(b.max):x==4?go(b.max,b.asinh):x==100?b.fwd(b.max):b.max,s[c]=i=!0}}if(i){k.forEach((c,m)=>{r==2?m>0&&s.y&&(c._paths=null):s[c.scale]&&(c._paths=null)});for(let c in s)Sl=!0,Be("setScale",c);We&&I.left>=0&&(ol=ft=!0)}for(let c in G)G[c]=null}function bi(l){let s=_o(Ce-1,0,Fe-1),i=_o(Re+1,0,Fe-1);for(;l[s]==null&&s>0;)s--;for(;l[i]==null&&i<Fe-1;)i++;return[s,i]}function wi(){if(Fe>0){let l=k.some(s=>s._focus)&&Je!=At.alpha;l&&(h.globalAlpha=Je=At.alpha),k.forEach((s,i)=>{if(i>0&&s.show&&(ns(i,!1),ns(i,!0),s._paths==null)){let c=Je;Je!=s.alpha&&(h.globalAlpha=Je=s.alpha);let m=r==2?[0,t[i][0].length-1]:bi(t[i]);s._paths=s.paths(n,i,m[0],m[1]),Je!=c&&(h.globalAlpha=Je=c)}}),k.forEach((s,i)=>{if(i>0&&s.show){let c=Je;Je!=s.alpha&&(h.globalAlpha=Je=s.alpha),s._paths!=null&&os(i,!1);{let m=s._paths!=null?s._paths.gaps:null,b=s.points.show(n,i,Ce,Re,m),x=s.points.filter(n,i,b,m);(b||x)&&(s.points._paths=s.points.paths(n,i,Ce,Re,x),os(i,!0))}Je!=c&&(h.globalAlpha=Je=c),Be("drawSeries",i)}}),l&&(h.globalAlpha=Je=1)}}function ns(l,s){let i=s?k[l].points:k[l];i._stroke=i.stroke(n,l),i._fill=i.fill(n,l)}function os(l,s){let i=s?k[l].points:k[l],{stroke:c,fill:m,clip:b,flags:x,_stroke:S=i._stroke,_fill:T=i._fill,_width:D=i.width}=i._paths;D=me(D*ie,3);let P=null,R=D%2/2;s&&T==null&&(T=D>0?"#fff":S);let q=i.pxAlign==1&&R>0;if(q&&h.translate(R,R),!s){let re=et-D/2,oe=ct-D/2,ee=Ze+D,U=wt+D;P=new Path2D,P.rect(re,oe,ee,U)}s?eo(S,D,i.dash,i.cap,T,c,m,x,b):yi(l,S,D,i.dash,i.cap,T,c,m,x,P,b),q&&h.translate(-R,-R)}function yi(l,s,i,c,m,b,x,S,T,D,P){let R=!1;T!=0&&$.forEach((q,re)=>{if(q.series[0]==l){let oe=k[q.series[1]],ee=t[q.series[1]],U=(oe._paths||fn).band;Zt(U)&&(U=q.dir==1?U[0]:U[1]);let N,we=null;oe.show&&U&&ca(ee,Ce,Re)?(we=q.fill(n,re)||b,N=oe._paths.clip):U=null,eo(s,i,c,m,we,x,S,T,D,P,N,U),R=!0}}),R||eo(s,i,c,m,b,x,S,T,D,P)}let ss=Nl|Eo;function eo(l,s,i,c,m,b,x,S,T,D,P,R){es(l,s,i,c,m),(T||D||R)&&(h.save(),T&&h.clip(T),D&&h.clip(D)),R?(S&ss)==ss?(h.clip(R),P&&h.clip(P),Sn(m,x),xn(l,b,s)):S&Eo?(Sn(m,x),h.clip(R),xn(l,b,s)):S&Nl&&(h.save(),h.clip(R),P&&h.clip(P),Sn(m,x),h.restore(),xn(l,b,s)):(Sn(m,x),xn(l,b,s)),(T||D||R)&&h.restore()}function xn(l,s,i){i>0&&(s instanceof Map?s.forEach((c,m)=>{h.strokeStyle=yn=m,h.stroke(c)}):s!=null&&l&&h.stroke(s))}function Sn(l,s){s instanceof Map?s.forEach((i,c)=>{h.fillStyle=Ml=c,h.fill(i)}):s!=null&&l&&h.fill(s)}function xi(l,s,i,c){let m=H[l],b;if(c<=0)b=[0,0];else{let x=m._space=m.space(n,l,s,i,c),S=m._incrs=m.incrs(n,l,s,i,c,x);b=Dc(s,i,S,c,x)}return m._found=b}function to(l,s,i,c,m,b,x,S,T,D){let P=x%2/2;O==1&&h.translate(P,P),es(S,x,T,D,S),h.beginPath();let R,q,re,oe,ee=m+(c==0||c==3?-b:b);i==0?(q=m,oe=ee):(R=m,re=ee);for(let U=0;U<l.length;U++)s[U]!=null&&(i==0?R=re=l[U]:q=oe=l[U],h.moveTo(R,q),h.lineTo(re,oe));h.stroke(),O==1&&h.translate(-P,-P)}function Si(l){let s=!0;return H.forEach((i,c)=>{if(!i.show)return;let m=y[i.scale];if(m.min==null){i._show&&(s=!1,i._show=!1,El(!1));return}else i._show||(s=!1,i._show=!0,El(!1));let b=i.side,x=b%2,{min:S,max:T}=m,[D,P]=xi(c,S,T,x==0?J:C);if(P==0)return;let R=m.distr==2,q=i._splits=i.splits(n,c,S,T,D,P,R),re=m.distr==2?q.map(N=>yt[N]):q,oe=m.distr==2?yt[q[1]]-yt[q[0]]:D,ee=i._values=i.values(n,i.filter(n,re,c,P,oe),c,P,oe);i._rotate=b==2?i.rotate(n,ee,c,P):0;let U=i._size;i._size=ht(i.size(n,ee,c,l)),U!=null&&i._size!=U&&(s=!1)}),s}function vi(l){let s=!0;return Qo.forEach((i,c)=>{let m=i(n,c,rl,l);m!=Gt[c]&&(s=!1),Gt[c]=m}),s}function ki(){for(let l=0;l<H.length;l++){let s=H[l];if(!s.show||!s._show)continue;let i=s.side,c=i%2,m,b,x=s.stroke(n,l),S=i==0||i==3?-1:1,[T,D]=s._found;if(s.label!=null){let Ue=s.labelGap*S,nt=De((s._lpos+Ue)*ie);ts(s.labelFont[0],x,"center",i==2?"top":Ms),h.save(),c==1?(m=b=0,h.translate(nt,De(ct+wt/2)),h.rotate((i==3?-Ln:Ln)/2)):(m=De(et+Ze/2),b=nt);let cl=hr(s.label)?s.label(n,l,T,D):s.label;h.fillText(cl,m,b),h.restore()}if(D==0)continue;let P=y[s.scale],R=c==0?Ze:wt,q=c==0?et:ct,re=s._splits,oe=P.distr==2?re.map(Ue=>yt[Ue]):re,ee=P.distr==2?yt[re[1]]-yt[re[0]]:T,U=s.ticks,N=s.border,we=U.show?U.size:0,_e=De(we*ie),ze=De((s.alignTo==2?s._size-we-s.gap:s.gap)*ie),pe=s._rotate*-Ln/180,Te=B(s._pos*ie),tt=(_e+ze)*S,Ge=Te+tt;b=c==0?Ge:0,m=c==1?Ge:0;let pt=s.font[0],xt=s.align==1?Bl:s.align==2?po:pe>0?Bl:pe<0?po:c==0?"center":i==3?po:Bl,Ct=pe||c==1?"middle":i==2?"top":Ms;ts(pt,x,xt,Ct);let lt=s.font[1]*s.lineGap,dt=re.map(Ue=>B(d(Ue,P,R,q))),St=s._values;for(let Ue=0;Ue<St.length;Ue++){let nt=St[Ue];if(nt!=null){c==0?m=dt[Ue]:b=dt[Ue],nt=""+nt;let cl=nt.indexOf(`\n`)==-1?[nt]:nt.split(/\\n/gm);for(let Ye=0;Ye<cl.length;Ye++){let _s=cl[Ye];pe?(h.save(),h.translate(m,b+Ye*lt),h.rotate(pe),h.fillText(_s,0,0),h.restore()):h.fillText(_s,m,b+Ye*lt)}}}U.show&&to(dt,U.filter(n,oe,l,D,ee),c,i,Te,_e,me(U.width*ie,3),U.stroke(n,l),U.dash,U.cap);let Rt=s.grid;Rt.show&&to(dt,Rt.filter(n,oe,l,D,ee),c,c==0?2:1,c==0?ct:et,c==0?wt:Ze,me(Rt.width*ie,3),Rt.stroke(n,l),Rt.dash,Rt.cap),N.show&&to([Te],[1],c==0?1:0,c==0?1:2,c==1?ct:et,c==1?wt:Ze,me(N.width*ie,3),N.stroke(n,l),N.dash,N.cap)}Be("drawAxes")}function El(l){k.forEach((s,i)=>{i>0&&(s._paths=null,l&&(r==1?(s.min=null,s.max=null):s.facets.forEach(c=>{c.min=null,c.max=null})))})}let vn=!1,lo=!1,Xl=[];function _i(){lo=!1;for(let l=0;l<Xl.length;l++)Be(...Xl[l]);Xl.length=0}function Ll(){vn||(ka(rs),vn=!0)}function Ti(l,s=!1){vn=!0,lo=s,l(n),rs(),s&&Xl.length>0&&queueMicrotask(_i)}n.batch=Ti;function rs(){if(Wn&&(gi(),Wn=!1),Sl&&(ci(),Sl=!1),gn){if(ye(_,Bl,he),ye(_,"top",Ae),ye(_,sn,J),ye(_,rn,C),ye(v,Bl,he),ye(v,"top",Ae),ye(v,sn,J),ye(v,rn,C),ye(w,sn,Ht),ye(w,rn,tl),g.width=De(Ht*ie),g.height=De(tl*ie),H.forEach(({_el:l,_show:s,_size:i,_pos:c,side:m})=>{if(l!=null)if(s){let b=m===3||m===0?i:0,x=m%2==1;ye(l,x?"left":"top",c-b),ye(l,x?"width":"height",i),ye(l,x?"top":"left",x?Ae:he),ye(l,x?"height":"width",x?C:J),vo(l,pl)}else ot(l,pl)}),yn=Ml=Un=Kn=qn=Zn=Jn=Qn=Yn=null,Je=1,ln(!0),he!=xl||Ae!=ll||J!=Lt||C!=nl){El(!1);let l=J/Lt,s=C/nl;if(We&&!ol&&I.left>=0){I.left*=l,I.top*=s,Al&&$t(Al,De(I.left),0,J,C),Dl&&$t(Dl,0,De(I.top),J,C);for(let i=0;i<ut.length;i++){let c=ut[i];c!=null&&(_l[i]*=l,Tl[i]*=s,$t(c,ht(_l[i]),ht(Tl[i]),J,C))}}if(be.show&&!bn&&be.left>=0&&be.width>0){be.left*=l,be.width*=l,be.top*=s,be.height*=s;for(let i in ao)ye(Rl,i,be[i])}xl=he,ll=Ae,Lt=J,nl=C}Be("setSize"),gn=!1}Ht>0&&tl>0&&(h.clearRect(0,0,g.width,g.height),Be("drawClear"),F.forEach(l=>l()),Be("draw")),be.show&&bn&&(kn(be),bn=!1),We&&ol&&(al(null,!0,!1),ol=!1),X.show&&X.live&&ft&&(ro(),ft=!1),u||(u=!0,n.status=1,Be("ready")),Ql=!1,vn=!1}n.redraw=(l,s)=>{Sl=s||!1,l!==!1?Yt(E,L.min,L.max):Ll()};function no(l,s){let i=y[l];if(i.from==null){if(Fe==0){let c=i.range(n,s.min,s.max,l);s.min=c[0],s.max=c[1]}if(s.min>s.max){let c=s.min;s.min=s.max,s.max=c}if(Fe>1&&s.min!=null&&s.max!=null&&s.max-s.min<1e-16)return;l==E&&i.distr==2&&Fe>0&&(s.min=kt(s.min,t[0]),s.max=kt(s.max,t[0]),s.min==s.max&&s.max++),G[l]=s,Wn=!0,Ll()}}n.setScale=no;let oo,so,Al,Dl,is,as,Pl,Cl,cs,fs,ge,ve,Ut=!1,Ve=I.drag,$e=Ve.x,Oe=Ve.y;We&&(I.x&&(oo=mt(Yi,v)),I.y&&(so=mt(Ki,v)),L.ori==0?(Al=oo,Dl=so):(Al=so,Dl=oo),ge=I.left,ve=I.top);let be=n.select=Ee({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Rl=be.show?mt(Ui,be.over?v:_):null;function kn(l,s){if(be.show){for(let i in l)be[i]=l[i],i in ao&&ye(Rl,i,l[i]);s!==!1&&Be("setSelect")}}n.setSelect=kn;function Mi(l){if(k[l].show)Le&&vo(ke[l],pl);else if(Le&&ot(ke[l],pl),We){let i=kl?ut[0]:ut[l];i!=null&&$t(i,-10,-10,J,C)}}function Yt(l,s,i){no(l,{min:s,max:i})}function Dt(l,s,i,c){s.focus!=null&&Pi(l),s.show!=null&&k.forEach((m,b)=>{b>0&&(l==b||l==null)&&(m.show=s.show,Mi(b),r==2?(Yt(m.facets[0].scale,null,null),Yt(m.facets[1].scale,null,null)):Yt(m.scale,null,null),Ll())}),i!==!1&&Be("setSeries",l,s),c&&nn("setSeries",n,l,s)}n.setSeries=Dt;function Ei(l,s){Ee($[l],s)}function Li(l,s){l.fill=te(l.fill||null),l.dir=se(l.dir,-1),s=s??$.length,$.splice(s,0,l)}function Ai(l){l==null?$.length=0:$.splice(l,1)}n.addBand=Li,n.setBand=Ei,n.delBand=Ai;function Di(l,s){k[l].alpha=s,We&&ut[l]!=null&&(ut[l].style.opacity=s),Le&&ke[l]&&(ke[l].style.opacity=s)}let Ft,Kt,il,$l={focus:!0};function Pi(l){if(l!=il){let s=l==null,i=At.alpha!=1;k.forEach((c,m)=>{if(r==1||m>0){let b=s||m==0||m==l;c._focus=s?null:b,i&&Di(m,b?1:At.alpha)}}),il=l,i&&Ll()}}Le&&vl&&je(Ds,ae,l=>{I._lock||(sl(l),il!=null&&Dt(null,$l,!0,Me.setSeries))});function Pt(l,s,i){let c=y[s];i&&(l=l/ie-(c.ori==1?Ae:he));let m=J;c.ori==1&&(m=C,l=m-l),c.dir==-1&&(l=m-l);let b=c._min,x=c._max,S=l/m,T=b+(x-b)*S,D=c.distr;return D==3?Fl(10,T):D==4?ua(T,c.asinh):D==100?c.bwd(T):T}function Ci(l,s){let i=Pt(l,E,s);return kt(i,t[0],Ce,Re)}n.valToIdx=l=>kt(l,t[0]),n.posToIdx=Ci,n.posToVal=Pt,n.valToPos=(l,s,i)=>y[s].ori==0?f(l,y[s],i?Ze:J,i?et:0):a(l,y[s],i?wt:C,i?ct:0),n.setCursor=(l,s,i)=>{ge=l.left,ve=l.top,al(null,s,i)};function us(l,s){ye(Rl,Bl,be.left=l),ye(Rl,sn,be.width=s)}function ps(l,s){ye(Rl,"top",be.top=l),ye(Rl,rn,be.height=s)}let en=L.ori==0?us:ps,tn=L.ori==1?us:ps;function Ri(){if(Le&&X.live)for(let l=r==2?1:0;l<k.length;l++){if(l==0&&at)continue;let s=X.values[l],i=0;for(let c in s)Et[l][i++].firstChild.nodeValue=s[c]}}function ro(l,s){if(l!=null&&(l.idxs?l.idxs.forEach((i,c)=>{ue[c]=i}):ha(l.idx)||ue.fill(l.idx),X.idx=ue[0]),Le&&X.live){for(let i=0;i<k.length;i++)(i>0||r==1&&!at)&&$i(i,ue[i]);Ri()}ft=!1,s!==!1&&Be("setLegend")}n.setLegend=ro;function $i(l,s){let i=k[l],c=l==0&&Q==2?yt:t[l],m;at?m=i.values(n,l,s)??jt:(m=i.value(n,s==null?null:c[s],l,s),m=m==null?jt:{_:m}),X.values[l]=m}function al(l,s,i){cs=ge,fs=ve,[ge,ve]=I.move(n,ge,ve),I.left=ge,I.top=ve,We&&(Al&&$t(Al,De(ge),0,J,C),Dl&&$t(Dl,0,De(ve),J,C));let c,m=Ce>Re;Ft=de,Kt=null;let b=L.ori==0?J:C,x=L.ori==1?J:C;if(ge<0||Fe==0||m){c=I.idx=null;for(let S=0;S<k.length;S++){let T=ut[S];T!=null&&$t(T,-10,-10,J,C)}vl&&Dt(null,$l,!0,l==null&&Me.setSeries),X.live&&(ue.fill(c),ft=!0)}else{let S,T,D;r==1&&(S=L.ori==0?ge:ve,T=Pt(S,E),c=I.idx=kt(T,t[0],Ce,Re),D=V(t[0][c],L,b,0));let P=-10,R=-10,q=0,re=0,oe=!0,ee="",U="";for(let N=r==2?1:0;N<k.length;N++){let we=k[N],_e=ue[N],ze=_e==null?null:r==1?t[N][_e]:t[N][1][_e],pe=I.dataIdx(n,N,c,T),Te=pe==null?null:r==1?t[N][pe]:t[N][1][pe];if(ft=ft||Te!=ze||pe!=_e,ue[N]=pe,N>0&&we.show){let tt=pe==null?-10:pe==c?D:V(r==1?t[0][pe]:t[N][0][pe],L,b,0),Ge=Te==null?-10:K(Te,r==1?y[we.scale]:y[we.facets[1].scale],x,0);if(vl&&Te!=null){let pt=L.ori==1?ge:ve,xt=Pe(At.dist(n,N,pe,Ge,pt));if(xt<Ft){let Ct=At.bias;if(Ct!=0){let lt=Pt(pt,we.scale),dt=Te>=0?1:-1,St=lt>=0?1:-1;St==dt&&(St==1?Ct==1?Te>=lt:Te<=lt:Ct==1?Te<=lt:Te>=lt)&&(Ft=xt,Kt=N)}else Ft=xt,Kt=N}}if(ft||kl){let pt,xt;L.ori==0?(pt=tt,xt=Ge):(pt=Ge,xt=tt);let Ct,lt,dt,St,Rt,Ue,nt=!0,cl=Ne.bbox;if(cl!=null){nt=!1;let Ye=cl(n,N);dt=Ye.left,St=Ye.top,Ct=Ye.width,lt=Ye.height}else dt=pt,St=xt,Ct=lt=Ne.size(n,N);if(Ue=Ne.fill(n,N),Rt=Ne.stroke(n,N),kl)N==Kt&&Ft<=At.prox&&(P=dt,R=St,q=Ct,re=lt,oe=nt,ee=Ue,U=Rt);else{let Ye=ut[N];Ye!=null&&(_l[N]=dt,Tl[N]=St,zs(Ye,Ct,lt,nt),Os(Ye,Ue,Rt),$t(Ye,ht(dt),ht(St),J,C))}}}}if(kl){let N=At.prox,we=il==null?Ft<=N:Ft>N||Kt!=il;if(ft||we){let _e=ut[0];_e!=null&&(_l[0]=P,Tl[0]=R,zs(_e,q,re,oe),Os(_e,ee,U),$t(_e,ht(P),ht(R),J,C))}}}if(be.show&&Ut)if(l!=null){let[S,T]=Me.scales,[D,P]=Me.match,[R,q]=l.cursor.sync.scales,re=l.cursor.drag;if($e=re._x,Oe=re._y,$e||Oe){let{left:oe,top:ee,width:U,height:N}=l.select,we=l.scales[R].ori,_e=l.posToVal,ze,pe,Te,tt,Ge,pt=S!=null&&D(S,R),xt=T!=null&&P(T,q);pt&&$e?(we==0?(ze=oe,pe=U):(ze=ee,pe=N),Te=y[S],tt=V(_e(ze,R),Te,b,0),Ge=V(_e(ze+pe,R),Te,b,0),en(_t(tt,Ge),Pe(Ge-tt))):en(0,b),xt&&Oe?(we==1?(ze=oe,pe=U):(ze=ee,pe=N),Te=y[T],tt=K(_e(ze,q),Te,x,0),Ge=K(_e(ze+pe,q),Te,x,0),tn(_t(tt,Ge),Pe(Ge-tt))):tn(0,x)}else co()}else{let S=Pe(cs-is),T=Pe(fs-as);if(L.ori==1){let q=S;S=T,T=q}$e=Ve.x&&S>=Ve.dist,Oe=Ve.y&&T>=Ve.dist;let D=Ve.uni;D!=null?$e&&Oe&&($e=S>=D,Oe=T>=D,!$e&&!Oe&&(T>S?Oe=!0:$e=!0)):Ve.x&&Ve.y&&($e||Oe)&&($e=Oe=!0);let P,R;$e&&(L.ori==0?(P=Pl,R=ge):(P=Cl,R=ve),en(_t(P,R),Pe(R-P)),Oe||tn(0,x)),Oe&&(L.ori==1?(P=Pl,R=ge):(P=Cl,R=ve),tn(_t(P,R),Pe(R-P)),$e||en(0,b)),!$e&&!Oe&&(en(0,0),tn(0,0))}if(Ve._x=$e,Ve._y=Oe,l==null){if(i){if(ks!=null){let[S,T]=Me.scales;Me.values[0]=S!=null?Pt(L.ori==0?ge:ve,S):null,Me.values[1]=T!=null?Pt(L.ori==1?ge:ve,T):null}nn(mo,n,ge,ve,J,C,c)}if(vl){let S=i&&Me.setSeries,T=At.prox;il==null?Ft<=T&&Dt(Kt,$l,!0,S):Ft>T?Dt(null,$l,!0,S):Kt!=il&&Dt(Kt,$l,!0,S)}}ft&&(X.idx=c,ro()),s!==!1&&Be("setCursor")}let qt=null;Object.defineProperty(n,"rect",{get(){return qt==null&&ln(!1),qt}});function ln(l=!1){l?qt=null:(qt=v.getBoundingClientRect(),Be("syncRect",qt))}function ds(l,s,i,c,m,b,x){I._lock||Ut&&l!=null&&l.movementX==0&&l.movementY==0||(io(l,s,i,c,m,b,x,!1,l!=null),l!=null?al(null,!0,!0):al(s,!0,!1))}function io(l,s,i,c,m,b,x,S,T){if(qt==null&&ln(!1),sl(l),l!=null)i=l.clientX-qt.left,c=l.clientY-qt.top;else{if(i<0||c<0){ge=-10,ve=-10;return}let[D,P]=Me.scales,R=s.cursor.sync,[q,re]=R.values,[oe,ee]=R.scales,[U,N]=Me.match,we=s.axes[0].side%2==1,_e=L.ori==0?J:C,ze=L.ori==1?J:C,pe=we?b:m,Te=we?m:b,tt=we?c:i,Ge=we?i:c;if(oe!=null?i=U(D,oe)?d(q,y[D],_e,0):-10:i=_e*(tt/pe),ee!=null?c=N(P,ee)?d(re,y[P],ze,0):-10:c=ze*(Ge/Te),L.ori==1){let pt=i;i=c,c=pt}}T&&(s==null||s.cursor.event.type==mo)&&((i<=1||i>=J-1)&&(i=fl(i,J)),(c<=1||c>=C-1)&&(c=fl(c,C))),S?(is=i,as=c,[Pl,Cl]=I.move(n,i,c)):(ge=i,ve=c)}let ao={width:0,height:0,left:0,top:0};function co(){kn(ao,!1)}let ms,hs,gs,bs;function ws(l,s,i,c,m,b,x){Ut=!0,$e=Oe=Ve._x=Ve._y=!1,io(l,s,i,c,m,b,x,!0,!1),l!=null&&(je(ho,xo,ys,!1),nn(Ls,n,Pl,Cl,J,C,null));let{left:S,top:T,width:D,height:P}=be;ms=S,hs=T,gs=D,bs=P}function ys(l,s,i,c,m,b,x){Ut=Ve._x=Ve._y=!1,io(l,s,i,c,m,b,x,!1,!0);let{left:S,top:T,width:D,height:P}=be,R=D>0||P>0,q=ms!=S||hs!=T||gs!=D||bs!=P;if(R&&q&&kn(be),Ve.setScale&&R&&q){let re=S,oe=D,ee=T,U=P;if(L.ori==1&&(re=T,oe=P,ee=S,U=D),$e&&Yt(E,Pt(re,E),Pt(re+oe,E)),Oe)for(let N in y){let we=y[N];N!=E&&we.from==null&&we.min!=de&&Yt(N,Pt(ee+U,N),Pt(ee,N))}co()}else I.lock&&(I._lock=!I._lock,al(s,!0,l!=null));l!=null&&(yl(ho,xo),nn(ho,n,ge,ve,J,C,null))}function Oi(l,s,i,c,m,b,x){if(I._lock)return;sl(l);let S=Ut;if(Ut){let T=!0,D=!0,P=10,R,q;L.ori==0?(R=$e,q=Oe):(R=Oe,q=$e),R&&q&&(T=ge<=P||ge>=J-P,D=ve<=P||ve>=C-P),R&&T&&(ge=ge<Pl?0:J),q&&D&&(ve=ve<Cl?0:C),al(null,!0,!0),Ut=!1}ge=-10,ve=-10,ue.fill(null),al(null,!0,!0),S&&(Ut=S)}function xs(l,s,i,c,m,b,x){I._lock||(sl(l),Gn(),co(),l!=null&&nn(Ps,n,ge,ve,J,C,null))}function Ss(){H.forEach(Pc),jn(n.width,n.height,!0)}dl(An,Hl,Ss);let Ol={};Ol.mousedown=ws,Ol.mousemove=ds,Ol.mouseup=ys,Ol.dblclick=xs,Ol.setSeries=(l,s,i,c)=>{let m=Me.match[2];i=m(n,s,i),i!=-1&&Dt(i,c,!0,!1)},We&&(je(Ls,v,ws),je(mo,v,ds),je(As,v,l=>{sl(l),ln(!1)}),je(Ds,v,Oi),je(Ps,v,xs),Lo.add(n),n.syncRect=ln);let _n=n.hooks=e.hooks||{};function Be(l,s,i){lo?Xl.push([l,s,i]):l in _n&&_n[l].forEach(c=>{c.call(null,n,s,i)})}(e.plugins||[]).forEach(l=>{for(let s in l.hooks)_n[s]=(_n[s]||[]).concat(l.hooks[s])});let vs=(l,s,i)=>i,Me=Ee({key:null,setSeries:!1,filters:{pub:Ns,sub:Ns},scales:[E,k[1]?k[1].scale:null],match:[Ws,Ws,vs],values:[null,null]},I.sync);Me.match.length==2&&Me.match.push(vs),I.sync=Me;let ks=Me.key,fo=Fr(ks);function nn(l,s,i,c,m,b,x){Me.filters.pub(l,s,i,c,m,b,x)&&fo.pub(l,s,i,c,m,b,x)}fo.sub(n);function Bi(l,s,i,c,m,b,x){Me.filters.sub(l,s,i,c,m,b,x)&&Ol[l](null,s,i,c,m,b,x)}n.pub=Bi;function zi(){fo.unsub(n),Lo.delete(n),el.clear(),ko(An,Hl,Ss),p.remove(),ae?.remove(),Be("destroy")}n.destroy=zi;function uo(){Be("init",e,t),Xo(t||e.data,!1),G[E]?no(E,G[E]):Gn(),bn=be.show&&(be.width>0||be.height>0),ol=ft=!0,jn(e.width,e.height)}return k.forEach(Jo),H.forEach(hi),o?o instanceof HTMLElement?(o.appendChild(p),uo()):o(n,uo):uo(),n}He.assign=Ee;He.fmtNum=Oo;He.rangeNum=Dn;He.rangeLog=Rn;He.rangeAsinh=Ro;He.orient=hl;He.pxRatio=ie;He.join=va;He.fmtDate=zo,He.tzDate=Ra;He.sync=Fr;{He.addGap=hc,He.clipGaps=Bn;let e=He.paths={points:Gr};e.linear=Yr,e.stepped=wc,e.bars=yc,e.spline=Sc}var Jr="CI_LEDGER_DASHBOARD";var Ie=window[Jr],gt="*",Wt=86400,pn=7*Wt;function Nt(e){return new Date(e*1e3).toISOString().slice(0,10)}var Vn=e=>new Date(e*1e3).toISOString().slice(0,19)+"Z";function Qt(e){return Math.floor(Date.parse(e)/1e3)}var j=Cc(),Xt={},it={},Qe={};window.ciLedgerDashboard={charts:Xt,state:j};var Ot=(e,t=1)=>(j.from===void 0||e+t-1>=j.from)&&(j.to===void 0||e<=j.to);function Cc(){let e=new URLSearchParams(location.hash.slice(1)),t=(o,n)=>{if(!o||!/^\\d{4}-\\d{2}-\\d{2}$/.test(o))return;let r=Qt(`${o}T00:00:00Z`);return Number.isNaN(r)?void 0:n?r+Wt-1:r};return{ecosystem:e.get("ecosystem")??gt,platforms:e.has("platforms")?e.get("platforms").split(",").filter(Boolean):null,from:t(e.get("from"),!1),to:t(e.get("to"),!0),search:e.get("q")??"",diffA:e.get("a")??void 0,diffB:e.get("b")??void 0}}function dn(){let e=new URLSearchParams;j.ecosystem!==gt&&e.set("ecosystem",j.ecosystem),j.platforms&&e.set("platforms",j.platforms.join(",")),j.from!==void 0&&e.set("from",Nt(j.from)),j.to!==void 0&&e.set("to",Nt(j.to)),j.search&&e.set("q",j.search),j.diffA&&e.set("a",j.diffA),j.diffB&&e.set("b",j.diffB);let t=e.toString();history.replaceState(null,"",t?`#${t}`:location.pathname+location.search)}var Qr=()=>{};function Xr(e){Qr=e}function Ul(e,t){j.from=e,j.to=t,Qr()}var fe=e=>document.getElementById(e);function A(e,t={},...o){let n=document.createElement(e);for(let[r,f]of Object.entries(t))n.setAttribute(r,f);for(let r of o)n.append(r);return n}var Mt=e=>e==null?"\\u2014":`${(e*100).toFixed(1)}%`;function gl(e){if(e===null)return"\\u2014";if(e<60)return`${Math.round(e)}s`;let t=Math.floor(e/60);return t<60?`${t}m ${Math.round(e%60)}s`:`${Math.floor(t/60)}h ${t%60}m`}var Tt=["#0072b2","#e69f00","#009e73","#cc79a7","#56b4e9","#d55e00","#a08c00","#9467bd","#8c564b","#7f7f7f"],mn=(e,t)=>Tt[Math.max(0,e.indexOf(t))%Tt.length];function In(e){return getComputedStyle(document.documentElement).getPropertyValue(e).trim()}function Bt(e,t,o){let n=A("table",{},A("caption",{},e));n.append(A("thead",{},A("tr",{},...t.map(f=>A("th",{scope:"col"},f)))));let r=A("tbody");for(let f of o)r.append(A("tr",{},...f.map((a,d)=>d===0?A("th",{scope:"row"},String(a)):A("td",{},String(a)))));return n.append(r),n}function jo(e){let t=fe(`${e}-numbers`),o=Qe[e];!t||!o||!t.open||t.querySelector(".table-wrap").replaceChildren(o())}function Rc(e){let t=[...new Set(e.flatMap(n=>Object.keys(n)))],o=n=>{let r=n==null?"":String(n);return/[",\\n\\r]/.test(r)?`"${r.replace(/"/g,\'""\')}"`:r};return[t.join(","),...e.map(n=>t.map(r=>o(n[r])).join(","))].join(`\n`)+`\n`}function ei(e,t){let o=it[e]?.()??[],n=t==="csv"?Rc(o):JSON.stringify(o,null,2)+`\n`,r=new Blob([n],{type:t==="csv"?"text/csv":"application/json"}),f=A("a",{href:URL.createObjectURL(r),download:`${e}.${t}`});document.body.append(f),f.click(),f.remove(),setTimeout(()=>URL.revokeObjectURL(f.href),1e3)}function Yl(e,t,o,n,r,f){Xt[e]?.destroy(),delete Xt[e];let a=document.getElementById(`chart-${e}`);a||(a=A("figure",{id:`chart-${e}`,class:"chart"}),t.append(a)),a.replaceChildren();let d=n.map(y=>Ot(y,f.span)),u=n.filter((y,$)=>d[$]),p=r.map(y=>y.values.filter(($,E)=>d[E])),g={};r.forEach((y,$)=>g[y.label]=p[$].filter(E=>E!==null).length),a.dataset.series=String(r.length),a.dataset.points=JSON.stringify(g),a.dataset.x=String(u.length);let h=new Set;if(f.gapSeconds!==void 0)for(let y=1;y<u.length;y++)u[y]-u[y-1]>f.gapSeconds&&h.add(y-1);let w=A("figcaption",{},o);if(a.append(w),u.length===0){a.append(A("p",{class:"empty"},"Nothing recorded in this time range."));return}let _=A("div",{role:"img","aria-label":`${o}: chart; the numbers are in the table below`});a.append(_);let v=In("--fg")||"#222",O=In("--grid")||"#ddd",B={stroke:v,grid:{stroke:O,width:1},ticks:{stroke:O,width:1}},z=Math.max(320,Math.min(t.clientWidth||900,1100)),k=f.format??(y=>String(y)),H=new He({width:z,height:260,cursor:{drag:{x:!0,y:!1,setScale:!1}},scales:{x:{time:!0},y:f.yMax!==void 0?{range:[0,f.yMax]}:{}},axes:[{...B},{...B,label:f.yLabel,values:(y,$)=>$.map(E=>k(E)),size:80,...f.yIncrs?{incrs:f.yIncrs}:{}}],legend:{live:!0},series:[{label:"time",value:(y,$)=>$===null?"\\u2014":Vn($)},...r.map(y=>({label:y.label,stroke:y.colour,width:y.pointsOnly?0:2,dash:y.dash,fill:y.bars?`${y.colour}88`:void 0,paths:y.pointsOnly?()=>null:y.bars?He.paths.bars({size:[.6,40]}):void 0,points:{show:y.pointsOnly||u.length<80?!0:void 0,size:y.ring?12:y.pointsOnly?8:5,stroke:y.colour,fill:y.ring?"transparent":y.colour,width:y.ring?2.5:1},value:($,E)=>E===null?"\\u2014":k(E),spanGaps:!1}))],hooks:{setSelect:[y=>{if(y.select.width<2)return;let $=y.posToVal(y.select.left,"x"),E=y.posToVal(y.select.left+y.select.width,"x");y.setSelect({left:0,top:0,width:0,height:0},!1),Ul(Math.floor($),Math.ceil(E))}],draw:f.extraLine===void 0?[]:[y=>{let $=y.ctx,E=y.valToPos(f.extraLine,"y",!0);$.save(),$.strokeStyle=In("--bad")||"#c00",$.setLineDash([6,4]),$.lineWidth=2,$.beginPath(),$.moveTo(y.bbox.left,E),$.lineTo(y.bbox.left+y.bbox.width,E),$.stroke(),$.restore()}]}},$c(u,p,h),_);_.addEventListener("dblclick",()=>Ul(void 0,void 0)),Xt[e]=H,Oc()}function $c(e,t,o){if(o.size===0)return[e,...t];let n=[],r=t.map(()=>[]);return e.forEach((f,a)=>{n.push(f),t.forEach((d,u)=>r[u].push(d[a])),o.has(a)&&(n.push(f+1),t.forEach((d,u)=>r[u].push(null)))}),[n,...r]}var ti=!1;function Oc(){ti||(ti=!0,performance.mark("ci-ledger:first-chart"),document.documentElement.dataset.firstChart=String(Math.round(performance.now())))}function Kl(e){return j.platforms?e.platforms.filter(t=>j.platforms.includes(t)):e.platforms}function Go(e){let t=e.passRate[j.ecosystem]??e.passRate[gt],o=fe("pass-rate-charts"),n=Kl(e).filter(f=>t?.series[f]);if(!t)return;Yl("pass-rate",o,`Pass rate per platform${j.ecosystem===gt?"":` (${j.ecosystem})`}`,t.x,n.map(f=>({label:f,values:t.series[f].rate.map(a=>a===null?null:Math.round(a*1e3)/10),colour:mn(e.platforms,f)})),{yLabel:"pass rate %",yMax:100,format:f=>`${f}%`,gapSeconds:7*Wt,span:Wt});let r=()=>t.x.flatMap((f,a)=>Ot(f,Wt)?n.filter(d=>t.series[d].rate[a]!==null).map(d=>({day:Nt(f),platform:d,passed:t.series[d].passed[a],tested:t.series[d].tested[a],pass_rate:t.series[d].rate[a]})):[]);it["pass-rate"]=r,Qe["pass-rate"]=()=>Bt("Pass rate per platform and day",["Day","Platform","Passed","Tested","Pass rate"],r().map(f=>[f.day,f.platform,f.passed,f.tested,Mt(f.pass_rate)]))}function li(e){let t=e.categories[j.ecosystem]??e.categories[gt]??{},o=fe("categories-charts"),n=Kl(e).filter(a=>t[a]);for(let a of[...o.querySelectorAll("figure")])n.some(d=>a.id===`chart-categories-${d}`)||(Xt[a.id.slice(6)]?.destroy(),delete Xt[a.id.slice(6)],a.remove());let r=[...new Set(Object.values(t).flatMap(a=>Object.keys(a.series)))].sort();for(let a of n){let d=t[a];Yl(`categories-${a}`,o,`Failure categories on ${a}`,d.x,Object.entries(d.series).map(([u,p])=>({label:u,values:p,colour:mn(r,u)})),{yLabel:"failures / week",gapSeconds:21*Wt,span:pn})}let f=()=>n.flatMap(a=>{let d=t[a];return d.x.flatMap((u,p)=>Ot(u,pn)?Object.entries(d.series).filter(([,g])=>g[p]>0).map(([g,h])=>({week:Nt(u),platform:a,category:g,failures:h[p]})):[])});it.categories=f,Qe.categories=()=>Bt("Failure records per week, platform and category",["Week of","Platform","Category","Failures"],f().map(a=>[a.week,a.platform,a.category,a.failures]))}function ni(e){let t=fe("matrix-charts"),o=e.matrix,n=o.ecosystems.filter(p=>j.ecosystem===gt||p===j.ecosystem),r=o.platforms.filter(p=>Kl(e).includes(p)),f=A("table",{class:"heat",id:"chart-matrix"},A("caption",{},"Failure rate (tests failed / run), ecosystem \\xD7 platform"));f.append(A("thead",{},A("tr",{},A("th",{scope:"col"},"Ecosystem"),...r.map(p=>A("th",{scope:"col"},p)))));let a=A("tbody"),d=0;for(let p of n){let g=o.cells[o.ecosystems.indexOf(p)],h=A("tr",{},A("th",{scope:"row"},p));for(let w of r){let _=g[o.platforms.indexOf(w)],v=A("td",{},_?Mt(_.failureRate):"\\u2014");_&&_.failureRate!==null&&(d++,v.style.setProperty("--heat",String(_.failureRate)),v.classList.add("cell"),_.failureRate>=.5&&v.classList.add("hot"),v.title=`${_.failed} failed of ${_.tested} tests over ${_.batches} batches`,v.dataset.failureRate=String(_.failureRate)),h.append(v)}a.append(h)}f.append(a),f.dataset.series=String(n.length),f.dataset.points=String(d),t.replaceChildren(f);let u=()=>n.flatMap(p=>r.flatMap(g=>{let h=o.cells[o.ecosystems.indexOf(p)][o.platforms.indexOf(g)];return h?[{ecosystem:p,platform:g,batches:h.batches,tested:h.tested,failed:h.failed,failure_rate:h.failureRate}]:[]}));it.matrix=u,Qe.matrix=()=>Bt("Failure rate per ecosystem and platform",["Ecosystem","Platform","Batches","Tested","Failed","Failure rate"],u().map(p=>[p.ecosystem,p.platform,p.batches,p.tested,p.failed,Mt(p.failure_rate)]))}function oi(e){let t=fe("macos-charts"),o=e.macos,n=o.current,r=n?Qt(n.weekStart):void 0,f=o.x.map(g=>g===r?n.projectedMinutes:null);Yl("macos",t,`macOS runner minutes per week (budget ${o.budget})`,o.x,[{label:"minutes used",values:o.minutes.map((g,h)=>o.without[h]===o.batches[h]?null:g),colour:Tt[0],bars:!0},{label:"this week\'s projection",values:f,colour:Tt[5],pointsOnly:!0,ring:!0}],{yLabel:"minutes",extraLine:o.budget,span:pn});let a=fe("macos-note");a||(a=A("p",{id:"macos-note",class:"note"}),t.after(a));let d=o.without.reduce((g,h)=>g+h,0),u=o.x.length-1;a.textContent=(n?`Week of ${n.weekStart.slice(0,10)}: ${n.usedMinutes} min used, ${n.burnPerDay} min/day, projected ${n.projectedMinutes} of ${o.budget} min${n.overBudget?" \\u2014 over budget":""}`+(u>=0&&o.without[u]>0?` (${o.without[u]} of its ${o.batches[u]} batches carry no macOS minutes)`:"")+". ":"")+(d>0?`${d} batch record(s) in all carry no macOS minutes; weeks where none does are left out of the chart.`:""),a.classList.toggle("bad",!!n?.overBudget);let p=()=>o.x.flatMap((g,h)=>Ot(g,pn)?[{week:Nt(g),minutes:o.minutes[h],batches:o.batches[h],batches_without_minutes:o.without[h],budget:o.budget,projected:f[h]}]:[]);it.macos=p,Qe.macos=()=>Bt("macOS minutes per week",["Week of","Minutes","Batches","Batches without minutes","Budget","Projected"],p().map(g=>[g.week,g.minutes,g.batches,g.batches_without_minutes,g.budget,g.projected??""]))}function ri(e){return e.latest.filter(t=>(j.ecosystem===gt||t.ecosystem===j.ecosystem)&&Ot(Qt(t.timestamp)))}var si=e=>`${e.recipe} ${e.platform} ${e.environment??""} ${e.category}`.toLowerCase(),Nn=e=>`${e.batchId}@${e.timestamp}`;function Uo(e){let t=fe("latest-charts"),o=j.search.trim().toLowerCase(),n=Kl(e),r=ri(e),f=g=>!o||g.batchId.toLowerCase().includes(o)||g.ecosystem.toLowerCase().includes(o)||g.failures.some(h=>si(h).includes(o)),a=r.filter(f),d=A("table",{id:"chart-latest",class:"latest"},A("caption",{},`${a.length} of ${r.length} batches${o?` matching \\u201C${j.search}\\u201D`:""}`+(e.idleSince>0?`; the ${e.idleSince} batch record(s) after the newest tested nothing`:"")));d.append(A("thead",{},A("tr",{},A("th",{scope:"col"},"Batch"),A("th",{scope:"col"},"Ecosystem"),A("th",{scope:"col"},"Recorded"),...n.map(g=>A("th",{scope:"col"},g)),A("th",{scope:"col"},"Failing recipes"))));let u=A("tbody");for(let g of a.slice(0,200)){let h=g.failures.filter(v=>n.includes(v.platform)||!e.platforms.includes(v.platform)),w=o?h.filter(v=>si(v).includes(o)):h,_=A("td");if(g.failureCount>0){let v=A("details",{},A("summary",{},`${g.failureCount} failure record(s)${o&&w.length!==h.length?`, ${w.length} matching`:""}`)),O=()=>{if(v.querySelector("ul"))return;let B=A("ul");for(let z of w.slice(0,300))B.append(A("li",{},`${z.recipe} \\u2014 ${z.environment??z.platform} \\u2014 ${z.category}${z.exitCode!==void 0?` (exit ${z.exitCode})`:""}`));g.failures.length<g.failureCount&&B.append(A("li",{class:"note"},`(the first ${g.failures.length} of ${g.failureCount} are listed)`)),v.append(B)};v.addEventListener("toggle",O),o&&w.length>0&&(O(),v.open=!0),_.append(v)}else _.append("none");u.append(A("tr",{},A("th",{scope:"row"},g.batchId),A("td",{},g.ecosystem),A("td",{},g.timestamp.replace("T"," ").replace("Z","")),...n.map(v=>A("td",{},g.platforms[v]?`${Mt(g.platforms[v].rate)} (${g.platforms[v].passed}/${g.platforms[v].tested})`:"\\u2014")),_))}d.append(u),d.dataset.series="1",d.dataset.points=String(a.length),t.replaceChildren(A("div",{class:"table-wrap tall",tabindex:"0",role:"region","aria-label":"Latest batches"},d));let p=()=>a.flatMap(g=>g.failures.length?g.failures.map(h=>({batch_id:g.batchId,ecosystem:g.ecosystem,timestamp:g.timestamp,recipe:h.recipe,platform:h.platform,environment:h.environment??h.platform,category:h.category,exit_code:h.exitCode??null})):[{batch_id:g.batchId,ecosystem:g.ecosystem,timestamp:g.timestamp,recipe:null,platform:null,category:null,exit_code:null}]);it.latest=p,Qe.latest=()=>A("p",{},"The batches above are a table; the downloads hold one row per failure record.")}function Yo(e){let t=ri(e),o=fe("diff-a"),n=fe("diff-b"),r=()=>t.map(M=>A("option",{value:Nn(M)},`${M.batchId} (${M.ecosystem}, ${M.timestamp})`));o.replaceChildren(...r()),n.replaceChildren(...r());let f=t[0],a=f&&(t.find(M=>M!==f&&M.ecosystem===f.ecosystem)??t[1]),d=(M,F)=>t.find(Y=>Nn(Y)===M)??F,u=d(j.diffA,a),p=d(j.diffB,f);u&&(o.value=Nn(u)),p&&(n.value=Nn(p));let g=fe("diff-charts");if(!u||!p){g.replaceChildren(A("p",{class:"empty"},"Fewer than two batches in this view.")),it.diff=()=>[];return}let h=[...new Set([...Object.keys(u.platforms),...Object.keys(p.platforms)])].filter(M=>Kl(e).includes(M)),w=(M,F)=>M.platforms[F]?.rate??null,_=M=>`${M.recipe}\\0${M.platform}`,v=new Set(u.failures.map(_)),O=new Set(p.failures.map(_)),B=M=>[...new Map(M.map(F=>[_(F),F])).values()],z=B(p.failures).filter(M=>!v.has(_(M))),k=B(u.failures).filter(M=>!O.has(_(M))),H=h.map(M=>{let F=w(u,M),Y=w(p,M);return{platform:M,from:F,to:Y,change:F!==null&&Y!==null?Math.round((Y-F)*1e4)/1e4:null}}),y=Bt(`Pass rate: ${u.batchId} \\u2192 ${p.batchId}`,["Platform",u.batchId,p.batchId,"Change"],H.map(M=>[M.platform,Mt(M.from),Mt(M.to),M.change===null?"\\u2014":`${M.change>=0?"+":""}${(M.change*100).toFixed(1)} pts`]));y.id="chart-diff",y.dataset.series="2",y.dataset.points=JSON.stringify({newlyFailing:z.length,fixed:k.length});let $=u.failures.length<u.failureCount||p.failures.length<p.failureCount,E=(M,F)=>A("div",{},A("h3",{},`${M} (${F.length})`),F.length?A("ul",{},...F.slice(0,300).map(Y=>A("li",{},`${Y.recipe} \\u2014 ${Y.platform} \\u2014 ${Y.category}`))):A("p",{},"none"));g.replaceChildren(y,E("Newly failing",z),E("Fixed",k),...$?[A("p",{class:"note"},"Only the listed failure records of each batch are compared (a batch with more lists the first ones).")]:[]),it.diff=()=>[...H.map(M=>({kind:"pass_rate",platform:M.platform,from:M.from,to:M.to,change:M.change,recipe:null})),...z.map(M=>({kind:"newly_failing",platform:M.platform,recipe:M.recipe,category:M.category})),...k.map(M=>({kind:"fixed",platform:M.platform,recipe:M.recipe,category:M.category}))],Qe.diff=()=>A("p",{},"The comparison above is a table.")}function Ko(){let e=Ie.timings,t=fe("timings-charts");for(let n of e.phases)Bc(t,n);let o=()=>e.phases.flatMap(n=>n.points.filter(r=>Ot(r.t)).map(r=>({env:n.env,phase:n.phase,start:Vn(r.t),build_id:r.buildId,kind:r.kind,duration_seconds:r.seconds,exit_code:r.exitCode,succeeded:r.ok,regression_ratio:r.regression??null,regression_rule:r.regression===void 0?null:n.regressionRule})));it.timings=o,Qe.timings=()=>A("div",{},Bt("Per env and phase (whole history): runs, success rate, p50 and p95 of the successful runs",["Env / phase","Runs","Success rate","p50","p95","Regressions"],e.phases.map(n=>[`${n.env} ${n.phase}`,n.runs,Mt(n.successRate),gl(n.medianSeconds),gl(n.p95Seconds),n.points.filter(r=>r.regression!==void 0).length])),Bt("Every run in the time range",["Start","Env / phase","Build","Kind","Duration","Exit code","Regression"],o().map(n=>[n.start,`${n.env} ${n.phase}`,n.build_id,n.kind,gl(n.duration_seconds),n.exit_code,n.regression_ratio===null?"":n.regression_rule==="median"?`${n.regression_ratio}\\xD7 the median before`:`a slower level: ${n.regression_ratio}\\xD7 the mean before`])))}function Bc(e,t){let o=`timings-${t.env}-${t.phase}`.replace(/[^A-Za-z0-9_-]/g,"_"),n=t.points.map(u=>u.t),r=u=>t.points.map(p=>p.ok&&p.kind===u&&p.seconds!==null?p.seconds:null),f=[],a=[...new Set(t.points.map(u=>u.kind))].sort().reverse();for(let u of a)t.points.some(p=>p.ok&&p.kind===u)&&f.push({label:`${u} (succeeded)`,values:r(u),colour:u==="persistent"?Tt[0]:Tt[2],dash:u==="persistent"?void 0:[5,3]});let d=[...new Set(t.points.filter(u=>!u.ok).map(u=>u.kind))].sort().reverse();for(let u of d)f.push({label:d.length>1||a.length>1?`${u} (failed)`:"failed",values:t.points.map(p=>!p.ok&&p.kind===u?p.seconds??0:null),colour:u==="persistent"?Tt[5]:Tt[1],pointsOnly:!0});t.points.some(u=>u.regression!==void 0)&&f.push({label:"regression",values:t.points.map(u=>u.regression!==void 0?u.seconds:null),colour:Tt[3],pointsOnly:!0,ring:!0}),Yl(o,e,`${t.env} ${t.phase}: ${t.runs} runs, success ${Mt(t.successRate)}, p50 ${gl(t.medianSeconds)}, p95 ${gl(t.p95Seconds)}`,n,f,{yLabel:"duration",format:u=>gl(u),yIncrs:[1,5,10,30,60,120,300,600,900,1800,3600,7200,14400,28800,86400]})}function zc(){let e=Ie.batches,t=fe("f-ecosystem"),o=fe("f-platforms");if(e){t.replaceChildren(A("option",{value:gt},"All ecosystems"),...e.ecosystems.filter(g=>e.passRate[g]).map(g=>A("option",{value:g},g))),t.value=e.passRate[j.ecosystem]?j.ecosystem:gt,j.ecosystem=t.value,t.addEventListener("change",()=>{j.ecosystem=t.value,j.diffA=j.diffB=void 0,ql()});for(let g of e.platforms){let h=`f-platform-${g}`,w=A("input",{type:"checkbox",id:h,value:g});w.checked=!j.platforms||j.platforms.includes(g),w.addEventListener("change",()=>{let v=[...o.querySelectorAll("input:checked")].map(O=>O.value);j.platforms=v.length===e.platforms.length?null:v,ql()});let _=A("span",{class:"swatch","aria-hidden":"true"});_.style.background=mn(e.platforms,g),o.append(A("span",{class:"check"},w," ",A("label",{for:h},_,g)))}let u=fe("latest-search");u.value=j.search,u.addEventListener("input",()=>{j.search=u.value,dn(),Uo(e)});let p=()=>{j.diffA=fe("diff-a").value,j.diffB=fe("diff-b").value,dn(),Yo(e)};fe("diff-a").addEventListener("change",p),fe("diff-b").addEventListener("change",p)}else t.closest(".filter")?.remove(),o.remove();let n=fe("f-from"),r=fe("f-to"),f=()=>{let u=n.value?Qt(`${n.value}T00:00:00Z`):void 0,p=r.value?Qt(`${r.value}T00:00:00Z`)+Wt-1:void 0;Ul(u,p)};n.addEventListener("change",f),r.addEventListener("change",f),fe("f-reset").addEventListener("click",()=>Ul(void 0,void 0));for(let u of document.querySelectorAll("button[data-download]"))u.addEventListener("click",()=>ei(u.dataset.download,u.dataset.format));for(let u of document.querySelectorAll("details.numbers"))u.addEventListener("toggle",()=>jo(u.id.replace(/-numbers$/,"")));let a=fe("toc");a.append(A("ul",{},...[...document.querySelectorAll("section.panel h2")].map(u=>A("li",{},A("a",{href:`#${u.id}`},u.textContent??""))))),a.addEventListener("click",u=>{let p=u.target.closest("a");p&&(u.preventDefault(),document.getElementById(p.getAttribute("href").slice(1))?.scrollIntoView())}),matchMedia("(prefers-color-scheme: dark)").addEventListener("change",()=>ql());let d;addEventListener("resize",()=>{clearTimeout(d),d=window.setTimeout(ql,200)})}function ii(){let e=fe("f-from"),t=fe("f-to");e.value=j.from===void 0?"":Nt(j.from),t.value=j.to===void 0?"":Nt(j.to)}function Hc(){let e=[],t=Ie.batches,o=fe("summary");t&&e.push(`${t.runs} batches${t.from?`, ${t.from.slice(0,10)} \\u2192 ${(t.to??"").slice(0,10)}`:""}; ${t.failures} failure records`),Ie.timings&&e.push(`${Ie.timings.runs} build timing runs in ${Ie.timings.phases.length} env/phase series`),o.textContent=e.join(". ")+". ",t&&t.folded.length&&o.append(A("details",{},A("summary",{},`${t.folded.length} failure environments counted under a platform`),t.folded.map(n=>`${n.from} \\u2192 ${n.to}`).join(", "))),fe("generated").textContent=`Built by ci-ledger dashboard from ${[Ie.source.batches,Ie.source.timings].filter(Boolean).join(" and ")}`+(Ie.asOf?`; the newest record is of ${Ie.asOf}.`:".")}function ql(){dn(),ii();let e=Ie.batches;e&&(Go(e),li(e),ni(e),oi(e),Uo(e),Yo(e)),Ie.timings&&Ko();for(let t of Object.keys(Qe))jo(t);document.documentElement.dataset.readyAt??=String(Math.round(performance.now())),document.documentElement.dataset.ready="true"}function Fc(){Xr(ql),zc(),Hc(),dn(),ii(),Ie.batches?Go(Ie.batches):Ie.timings&&Ko(),requestAnimationFrame(()=>setTimeout(ql,0))}Fc();})();\n', css: '.uplot,.uplot *,.uplot *:before,.uplot *:after{box-sizing:border-box}.uplot{font-family:system-ui,-apple-system,Segoe UI,Roboto,Helvetica Neue,Arial,Noto Sans,sans-serif,"Apple Color Emoji","Segoe UI Emoji",Segoe UI Symbol,"Noto Color Emoji";line-height:1.5;width:min-content}.u-title{text-align:center;font-size:18px;font-weight:700}.u-wrap{position:relative;-webkit-user-select:none;user-select:none}.u-over,.u-under{position:absolute}.u-under{overflow:hidden}.uplot canvas{display:block;position:relative;width:100%;height:100%}.u-axis{position:absolute}.u-legend{font-size:14px;margin:auto;text-align:center}.u-inline{display:block}.u-inline *{display:inline-block}.u-inline tr{margin-right:16px}.u-legend th{font-weight:600}.u-legend th>*{vertical-align:middle;display:inline-block}.u-legend .u-marker{width:1em;height:1em;margin-right:4px;background-clip:padding-box!important}.u-inline.u-live th:after{content:":";vertical-align:middle}.u-inline:not(.u-live) .u-value{display:none}.u-series>*{padding:4px}.u-series th{cursor:pointer}.u-legend .u-off>*{opacity:.3}.u-select{background:#00000012;position:absolute;pointer-events:none}.u-cursor-x,.u-cursor-y{position:absolute;left:0;top:0;pointer-events:none;will-change:transform}.u-hz .u-cursor-x,.u-vt .u-cursor-y{height:100%;border-right:1px dashed #607D8B}.u-hz .u-cursor-y,.u-vt .u-cursor-x{width:100%;border-bottom:1px dashed #607D8B}.u-cursor-pt{position:absolute;top:0;left:0;border-radius:50%;border:0 solid;pointer-events:none;will-change:transform;background-clip:padding-box!important}.u-axis.u-off,.u-select.u-off,.u-cursor-x.u-off,.u-cursor-y.u-off,.u-cursor-pt.u-off{display:none}:root{color-scheme:light dark;--bg: #ffffff;--panel: #f6f8fa;--fg: #1f2328;--muted: #57606a;--grid: #d0d7de;--link: #0550ae;--bad: #b42318;--heat: 0;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif}@media(prefers-color-scheme:dark){:root{--bg: #0d1117;--panel: #161b22;--fg: #e6edf3;--muted: #9da7b3;--grid: #30363d;--link: #6cb6ff;--bad: #ff7b72}}body{margin:0;background:var(--bg);color:var(--fg);line-height:1.45}header,main,footer,nav{max-width:1180px;margin:0 auto;padding:0 16px}h1{font-size:1.6rem;margin:20px 0 4px}h2{font-size:1.2rem;margin:0 0 4px}h3{font-size:1rem;margin:12px 0 4px}a{color:var(--link)}.summary,.intro,.note,footer{color:var(--muted)}.note.bad{color:var(--bad);font-weight:600}nav ul{display:flex;flex-wrap:wrap;gap:4px 16px;list-style:none;padding:0;margin:8px 0}.filters{position:sticky;top:0;z-index:5;display:flex;flex-wrap:wrap;gap:8px 24px;align-items:center;background:var(--panel);border:1px solid var(--grid);border-radius:8px;padding:8px 12px;margin:8px 0 16px}.filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 12px;align-items:center}.filters legend{float:left;margin-right:8px}.swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px}select,input,button{font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--grid);border-radius:4px;padding:2px 6px}button{cursor:pointer}.panel{background:var(--panel);border:1px solid var(--grid);border-radius:8px;padding:12px 16px;margin:0 0 16px}figure.chart{margin:8px 0}figcaption{font-weight:600;margin-bottom:4px}.empty{color:var(--muted);font-style:italic}.table-wrap{overflow:auto;max-height:420px}table{border-collapse:collapse;font-size:.875rem;margin:8px 0}caption{text-align:left;color:var(--muted);padding-bottom:4px}th,td{border:1px solid var(--grid);padding:3px 8px;text-align:left;vertical-align:top}thead th{background:var(--bg);position:sticky;top:0}table.heat td.cell{background:color-mix(in srgb,#d73027 calc(var(--heat) * 100%),var(--bg))}table.heat td.hot{color:#fff;font-weight:600}table.latest ul{margin:4px 0;padding-left:18px}.uplot{font-family:inherit}.u-legend{color:var(--fg);font-size:.8rem}.u-select{background:#7f7f7f40}.table-wrap.tall{max-height:640px}.summary details{display:inline}\n', licenses: 'uplot\nMIT\nThe MIT License (MIT)\n\nCopyright (c) 2022 Leon Sorokin\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\nof this software and associated documentation files (the "Software"), to deal\nin the Software without restriction, including without limitation the rights\nto use, copy, modify, merge, publish, distribute, sublicense, and/or sell\ncopies of the Software, and to permit persons to whom the Software is\nfurnished to do so, subject to the following conditions:\n\nThe above copyright notice and this permission notice shall be included in\nall copies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\nIMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\nFITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\nAUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\nLIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\nOUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN\nTHE SOFTWARE.\n' };
  const dir = new URL("../../dist/site/", import.meta.url);
  try {
    return {
      js: await readFile2(new URL("app.js", dir), "utf8"),
      css: await readFile2(new URL("app.css", dir), "utf8"),
      licenses: await readFile2(new URL("licenses.txt", dir), "utf8")
    };
  } catch {
    throw new Error("The dashboard page is not built: run `npm run build` (dist/site/).");
  }
}
async function buildDashboard(inputs, context) {
  const options = historyOptions({
    macosBudget: inputs.macosBudget,
    weekStart: inputs.weekStart,
    platformMap: inputs.platformMap
  });
  const latest = inputs.latest === void 0 ? defaultSeriesOptions.latestBatches : Number(inputs.latest);
  if (!/^\d+$/.test(String(inputs.latest ?? "1").trim()) || !Number.isSafeInteger(latest))
    throw new InputError(
      `latest ${JSON.stringify(inputs.latest)} is not a whole number of batches`
    );
  const assets = await pageAssets();
  return withStore(context, async (backend) => {
    const paths = {
      metricsPath: inputs.metricsPath || DEFAULT_METRICS_PATH,
      failuresDir: inputs.failuresDir || DEFAULT_FAILURES_DIR
    };
    const history = await checkoutBranch(backend, inputs.historyBranch, [
      folderOf(paths.metricsPath),
      paths.failuresDir
    ]);
    const batchWhere = placeOf(context.store, backend, history.branch);
    let series2;
    if (history.root) {
      const loaded = await loadHistorySeries(history.root, paths, {
        ...defaultSeriesOptions,
        weekStartDay: options.weekStartDay,
        macosBudgetMinutes: options.macosBudgetMinutes,
        platformOf: options.platformOf,
        latestBatches: latest
      });
      for (const s of loaded.skipped.slice(0, 20))
        context.log(`${s.file} line ${s.line}: skipped (${s.reason})`);
      if (loaded.skipped.length > 20)
        context.log(`\u2026 ${loaded.skipped.length - 20} more value(s) skipped`);
      if (loaded.files.metrics > 0) series2 = loaded.series;
    }
    const timingsCheckout = await checkoutBranch(
      backend,
      inputs.timingsBranch || DEFAULT_TIMINGS_BRANCH,
      ["environments"]
    );
    const timingsWhere = placeOf(context.store, backend, timingsCheckout.branch);
    let timings;
    if (timingsCheckout.root) {
      const files = await timingFiles(timingsCheckout.root);
      if (files.length > 0) {
        const picked = selectedTimingRuns(files, { last: 0 });
        timings = { report: timingsReport(files, { last: 0 }, picked), runs: picked.selected };
      }
    }
    if (!series2 && !timings)
      throw new InputError(
        `${noHistoryError(batchWhere, paths.metricsPath).message} No ${TIMINGS_GLOB} in ${timingsWhere} either: nothing to show.`
      );
    if (!series2)
      context.log(`No batch history in ${batchWhere}: the site shows build timings only.`);
    if (!timings)
      context.log(`No ${TIMINGS_GLOB} in ${timingsWhere}: the site shows batches only.`);
    const data = siteData({
      title: inputs.title || "CI ledger dashboard",
      source: {
        ...series2 ? { batches: batchWhere } : {},
        ...timings ? { timings: timingsWhere } : {}
      },
      batches: series2,
      timings
    });
    return {
      files: siteFiles(data, assets),
      ...series2 ? { batches: { runs: series2.runs, failures: series2.failures, where: batchWhere } } : {},
      ...timings ? {
        timings: {
          runs: timings.report.runs,
          phases: timings.report.phases.length,
          where: timingsWhere
        }
      } : {}
    };
  });
}
var SITE_MARKER = "data.js";
async function writeSiteFolder(dir, files) {
  const info = await lstat(dir).catch(() => void 0);
  if (info && !info.isDirectory())
    throw new InputError(
      `--out ${dir} is not a folder (${info.isSymbolicLink() ? "a link" : "a file"})`
    );
  if (info) {
    const names = await readdir3(dir);
    if (names.length > 0 && !names.includes(SITE_MARKER))
      throw new InputError(
        `--out ${dir} holds files and no dashboard (${SITE_MARKER}): give an empty or new folder, or the folder of an earlier dashboard`
      );
  }
  for (const file of files) {
    if (file.path.split("/").some((part) => part === ".." || part === "" || part === "."))
      throw new InputError(`site file ${JSON.stringify(file.path)} is not a plain relative path`);
    const target = join3(dir, file.path);
    const folder = dirname2(target);
    await mkdir(folder, { recursive: true });
    const folderInfo = await lstat(folder);
    if (!folderInfo.isDirectory())
      throw new InputError(`${folder} is a link or a file, not a folder: not writing through it`);
    const temp = `${target}.tmp-${process.pid}`;
    try {
      await writeFile(temp, file.content);
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw new InputError(`Could not write ${target}: ${messageOf(error)}`);
    }
  }
}
export {
  buildDashboard,
  writeSiteFolder
};
