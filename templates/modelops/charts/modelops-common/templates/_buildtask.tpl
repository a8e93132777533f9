{{/*
The Tekton Task that builds a sub-chart's container image: a checkout of the component's
sources from the git server, then the steps declared under .Values.build.steps.
.Values.build.after names the components whose images must be built first.
*/}}
{{- define "modelops.buildTask" -}}
{{- $build := .Values.build -}}
apiVersion: tekton.dev/v1
kind: Task
metadata:
  {{- include "modelops.metadata" (list . (include "modelops.name" (list . (printf "build-%s" .Chart.Name)))) | nindent 2 }}
  annotations:
    modelops.io/build-after: {{ join "," ($build.after | default list) | quote }}
spec:
  description: Builds the {{ .Chart.Name }} image.
  params:
    - name: image
      type: string
      default: {{ include "modelops.image" (list . $build.image) | quote }}
    - name: revision
      type: string
      default: {{ $build.revision | default "main" | quote }}
  workspaces:
    - name: source
  steps:
    - name: checkout
      image: {{ include "modelops.image" (list . .Values.global.modelops.gitImage) }}
      workingDir: $(workspaces.source.path)
      env:
        {{- include "modelops.env" . | nindent 8 }}
      script: |
        git clone --depth 1 --branch "$(params.revision)" {{ printf "%s/modelops/%s.git" .Values.global.modelops.gitServer .Chart.Name }} {{ .Chart.Name }}
    {{- with $build.steps }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
{{- end -}}
