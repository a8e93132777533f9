{{/*
Selector labels: which pipeline, job and component an object belongs to.
*/}}
{{- define "modelops.selectorLabels" -}}
modelops.io/pipeline: {{ include "modelops.pipeline" . | quote }}
modelops.io/job: {{ required "global.modelops.job is required (the scoring job id)" .Values.global.modelops.job | quote }}
modelops.io/component: {{ .Chart.Name | quote }}
{{- end -}}

{{/*
All labels of an object: selector labels, chart identity and the pipeline's own labels.
An uninstall deletes every object labelled with the job (see the lifecycle Pipeline).
*/}}
{{- define "modelops.labels" -}}
{{ include "modelops.selectorLabels" . }}
app.kubernetes.io/part-of: modelops
app.kubernetes.io/instance: {{ .Release.Name | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service | quote }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | quote }}
{{- range $key, $value := .Values.global.modelops.labels }}
{{ $key }}: {{ $value | toString | quote }}
{{- end }}
{{- end -}}

{{/*
Standard metadata block: name, namespace and labels. Usage: include "modelops.metadata" (list . "name")
*/}}
{{- define "modelops.metadata" -}}
{{- $ctx := index . 0 -}}
name: {{ index . 1 }}
namespace: {{ include "modelops.namespace" $ctx }}
labels:
  {{- include "modelops.labels" $ctx | nindent 2 }}
{{- end -}}
