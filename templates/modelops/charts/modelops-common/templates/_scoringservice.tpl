{{/*
One scoring service per model server in .Values.servers: a ConfigMap listing its models,
a Deployment whose init container downloads them into a shared volume, and a Service.
*/}}
{{- define "modelops.scoringService" -}}
{{- $root := . -}}
{{- $runtime := .Values.runtime -}}
{{- range $server := .Values.servers }}
{{- $name := include "modelops.name" (list $root (printf "scoring-%s" (required "servers[].name is required" $server.name))) }}
---
apiVersion: v1
kind: ConfigMap
metadata:
  {{- include "modelops.metadata" (list $root (printf "%s-models" $name)) | nindent 2 }}
data:
  models.yaml: |
    {{- toYaml $server.models | nindent 4 }}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  {{- include "modelops.metadata" (list $root $name) | nindent 2 }}
spec:
  replicas: {{ $server.replicas | default $runtime.replicas }}
  selector:
    matchLabels:
      {{- include "modelops.selectorLabels" $root | nindent 6 }}
      modelops.io/server: {{ $server.name | quote }}
  template:
    metadata:
      labels:
        {{- include "modelops.labels" $root | nindent 8 }}
        modelops.io/server: {{ $server.name | quote }}
    spec:
      initContainers:
        - name: fetch-models
          image: {{ include "modelops.image" (list $root $root.Values.global.modelops.fetcherImage) }}
          args:
            {{- range $server.models }}
            - {{ printf "%s@%s=%s" .name (toString .version) .location | quote }}
            {{- end }}
          env:
            {{- include "modelops.env" $root | nindent 12 }}
            - name: MODEL_DIR
              value: /models
          volumeMounts:
            - name: models
              mountPath: /models
      containers:
        - name: scoring
          image: {{ include "modelops.image" (list $root $runtime.image) }}
          args:
            - --model-dir=/models
            - --model-list=/etc/modelops/models.yaml
            - {{ printf "--port=%d" (int $runtime.port) }}
            {{- with $runtime.args }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          env:
            {{- include "modelops.env" $root | nindent 12 }}
          ports:
            - name: http
              containerPort: {{ $runtime.port }}
          readinessProbe:
            httpGet:
              path: {{ $runtime.readyPath }}
              port: http
          {{- with $runtime.resources }}
          resources:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          volumeMounts:
            - name: models
              mountPath: /models
            - name: model-list
              mountPath: /etc/modelops
      volumes:
        - name: models
          emptyDir: {}
        - name: model-list
          configMap:
            name: {{ printf "%s-models" $name }}
---
apiVersion: v1
kind: Service
metadata:
  {{- include "modelops.metadata" (list $root $name) | nindent 2 }}
spec:
  selector:
    {{- include "modelops.selectorLabels" $root | nindent 4 }}
    modelops.io/server: {{ $server.name | quote }}
  ports:
    - name: http
      port: {{ $runtime.port }}
      targetPort: http
{{- end }}
{{- end -}}
