# Rapport — thin, documented targets. `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help

ROOT      := $(abspath .)
BACKEND   := $(ROOT)/backend
FRONTEND  := $(ROOT)/frontend
WITH_DB   := $(BACKEND)/scripts/with-db.sh
MVN       := cd $(BACKEND) && ./mvnw -B -q
PORT      ?= 8080
E2E_PORT  ?= 8181
KEYS      := $(BACKEND)/.dev-keys
export RAPPORT_JWT_PUBLIC_KEY_LOCATION  ?= $(KEYS)/public.pem
export RAPPORT_JWT_PRIVATE_KEY_LOCATION ?= $(KEYS)/private.pem

.PHONY: help run test test-backend test-crash test-frontend test-e2e test-topology build bench keys frontend-deps clean topology topology-down

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

run: build ## Build everything and serve API + SPA on http://localhost:$(PORT) with demo data
	@echo "Rapport: http://localhost:$(PORT)  (demo login: demo@rapport.dev / rapport-demo; API docs: /q/swagger-ui)"
	cd $(BACKEND) && $(WITH_DB) rapport env PORT=$(PORT) RAPPORT_DEMO_ENABLED=true \
	  java -jar target/quarkus-app/quarkus-run.jar

test: test-backend test-crash test-frontend test-e2e test-topology ## Run every test: backend, crash safety, frontend, browser, scaled topology

test-backend: keys ## Backend tests (Quarkus + rest-assured), then the built jar run as two instances (live events), on a fresh rapport_test database
	cd $(BACKEND) && FRESH_DB=1 $(WITH_DB) rapport_test ./mvnw -B verify

test-crash: keys ## Crash safety: SIGKILL the backend and PostgreSQL under concurrent writes, then check nothing was lost, doubled or half-done (own database and ports)
	@bash $(BACKEND)/scripts/crash-test.sh

test-frontend: frontend-deps ## Frontend checks: generated API types fresh, typecheck, unit tests
	cd $(FRONTEND) && npm run check

test-e2e: build ## Browser tests in headless Chromium against the real app (own database, port $(E2E_PORT))
	@bash $(BACKEND)/scripts/e2e.sh $(E2E_PORT)

test-topology: build ## The scaled topology (HAProxy, 2 instances, PgBouncer, primary + replica) behaves as one service
	@bash $(BACKEND)/topology/test.sh

topology: build ## Start the scaled topology locally from Debian packages: http://localhost:8220 (see README, Scaling)
	@bash $(BACKEND)/topology/up.sh

topology-down: ## Stop what make topology started
	@bash $(BACKEND)/topology/down.sh

build: keys frontend-deps ## Build the SPA and the backend jar (which serves the SPA)
	cd $(FRONTEND) && npm run build
	$(MVN) package -DskipTests

bench: keys ## Benchmark the API against pgbench on the same statements, on a generated dataset (see README)
	$(MVN) package -Dmaven.test.skip=true -Dcodegen.skip=true
	@bash $(BACKEND)/bench/run.sh

keys: $(KEYS)/private.pem ## Generate dev-only JWT keys (production keys come from the environment)

$(KEYS)/private.pem:
	@mkdir -p $(KEYS)
	openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out $(KEYS)/private.pem 2>/dev/null
	openssl pkey -in $(KEYS)/private.pem -pubout -out $(KEYS)/public.pem

frontend-deps: $(FRONTEND)/node_modules/.package-lock.json

$(FRONTEND)/node_modules/.package-lock.json: $(FRONTEND)/package-lock.json
	cd $(FRONTEND) && npm ci --no-audit --no-fund
	@touch $@

clean: ## Remove build outputs
	rm -rf $(BACKEND)/target $(FRONTEND)/dist
