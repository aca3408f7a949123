export const id = 812;
export const ids = [812];
export const modules = {

/***/ 7812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DirectoryBackend: () => (/* binding */ DirectoryBackend)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Directory backend: the branch's files live under a plain directory (reports, dry runs,
 * tests). Same optimistic protocol as git: the "head" is a digest of the files read; publish
 * takes a lock, checks the digest is unchanged, and replaces each file by rename (atomic per
 * file; the lock keeps other ci-ledger writers out while a multi-file change lands).
 */



const LOCK_NAME = '.ci-ledger.lock';
const STALE_LOCK_MS = 60_000;
const LOCK_WAIT_MS = 30_000;
class DirectoryBackend {
    root;
    description;
    constructor(root) {
        this.root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root);
        this.description = `directory ${this.root}`;
    }
    async defaultBranch() {
        return 'main';
    }
    async read(branch, paths) {
        const files = await this.readFiles(paths);
        return { branch, head: digest(files), files };
    }
    async publish(base, changes) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(this.root, { recursive: true });
        const release = await this.lock();
        try {
            const now = await this.readFiles([...base.files.keys()]);
            if (digest(now) !== base.head)
                return { status: 'conflict', reason: 'the files changed since they were read' };
            for (const [path, content] of changes)
                await replaceFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, path), content);
            for (const [path, content] of changes)
                now.set(path, content);
            return { status: 'published', head: digest(now) };
        }
        finally {
            await release();
        }
    }
    /** The directory is already local: readers use it in place. */
    async checkout() {
        return this.root;
    }
    async close() { }
    async readFiles(paths) {
        const files = new Map();
        for (const path of paths) {
            try {
                files.set(path, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, path), 'utf8'));
            }
            catch (error) {
                if (error.code !== 'ENOENT')
                    throw error;
                files.set(path, null);
            }
        }
        return files;
    }
    /** An exclusive-create lock file; a lock older than a minute is from a dead process. */
    async lock() {
        const lockFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, LOCK_NAME);
        const deadline = Date.now() + LOCK_WAIT_MS;
        for (;;) {
            try {
                const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(lockFile, 'wx');
                await handle.writeFile(`${process.pid}\n`);
                await handle.close();
                return () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(lockFile, { force: true });
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
            }
            const age = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(lockFile).then((s) => Date.now() - s.mtimeMs, () => 0);
            if (age > STALE_LOCK_MS)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(lockFile, { force: true });
            if (Date.now() > deadline)
                throw new Error(`${lockFile} is held by another writer for over ${LOCK_WAIT_MS / 1000} s`);
            await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
        }
    }
}
async function replaceFile(file, content) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(file), { recursive: true });
    const temp = `${file}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temp, content);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, file);
}
function digest(files) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
        hash.update(`${path}\0${content === null ? '-' : `+${content.length}\0${content}`}\0`);
    }
    return hash.digest('hex');
}


/***/ })

};
