	.file	"arrays.c"
	.intel_syntax noprefix
	.text
	.p2align 4
	.type	quick, @function
quick:
	cmp	edx, esi
	jle	.L188
	push	r15
	mov	r15, rdi
	mov	edi, esi
	push	r14
	push	r13
	mov	r13d, edx
	push	r12
	push	rbp
	push	rbx
	sub	rsp, 88
.L2:
	lea	edx, 0[r13+rdi]
	mov	r12d, r13d
	mov	ebp, edi
	mov	eax, edx
	shr	eax, 31
	add	eax, edx
	sar	eax
	cdqe
	mov	eax, DWORD PTR [r15+rax*4]
.L7:
	cmp	ebp, r12d
	jg	.L8
.L193:
	movsx	r9, ebp
	movsx	r10, r12d
	sal	r9, 2
	lea	rcx, [r15+r10*4]
	lea	rdx, [r15+r9]
	mov	esi, DWORD PTR [rcx]
	lea	r9, 4[r15+r9]
	mov	r8d, DWORD PTR [rdx]
	cmp	eax, r8d
	jle	.L192
.L4:
	mov	rdx, r9
	mov	r8d, DWORD PTR [r9]
	add	r9, 4
	add	ebp, 1
	cmp	r8d, eax
	jl	.L4
	cmp	eax, esi
	jge	.L5
.L92:
	lea	r9, -4[r15+r10*4]
.L6:
	mov	rcx, r9
	mov	esi, DWORD PTR [r9]
	sub	r9, 4
	sub	r12d, 1
	cmp	esi, eax
	jg	.L6
.L5:
	cmp	r12d, ebp
	jl	.L7
	mov	DWORD PTR [rdx], esi
	add	ebp, 1
	sub	r12d, 1
	mov	DWORD PTR [rcx], r8d
.L210:
	cmp	ebp, r12d
	jle	.L193
.L8:
	cmp	r12d, edi
	jle	.L22
	mov	r14, r15
	mov	ecx, r13d
	mov	r15d, ebp
	mov	ebp, r12d
.L11:
	lea	edx, 0[rbp+rdi]
	mov	r13d, ebp
	mov	ebx, edi
	mov	eax, edx
	shr	eax, 31
	add	eax, edx
	sar	eax
	cdqe
	mov	eax, DWORD PTR [r14+rax*4]
.L17:
	cmp	ebx, r13d
	jg	.L18
.L195:
	movsx	r10, ebx
	movsx	r11, r13d
	sal	r10, 2
	lea	r8, [r14+r11*4]
	lea	rdx, [r14+r10]
	mov	esi, DWORD PTR [r8]
	lea	r10, 4[r14+r10]
	mov	r9d, DWORD PTR [rdx]
	cmp	eax, r9d
	jle	.L194
.L14:
	mov	rdx, r10
	mov	r9d, DWORD PTR [r10]
	add	r10, 4
	add	ebx, 1
	cmp	eax, r9d
	jg	.L14
	cmp	eax, esi
	jge	.L15
.L94:
	lea	r10, -4[r14+r11*4]
.L16:
	mov	r8, r10
	mov	esi, DWORD PTR [r10]
	sub	r10, 4
	sub	r13d, 1
	cmp	eax, esi
	jl	.L16
.L15:
	cmp	r13d, ebx
	jl	.L17
	mov	DWORD PTR [rdx], esi
	add	ebx, 1
	sub	r13d, 1
	mov	DWORD PTR [r8], r9d
.L211:
	cmp	ebx, r13d
	jle	.L195
.L18:
	cmp	r13d, edi
	jle	.L32
	mov	r11, r14
	mov	r12d, r13d
	mov	r14d, ebp
	mov	esi, edi
.L21:
	lea	edx, [r12+rsi]
	mov	DWORD PTR 8[rsp], ecx
	mov	r13d, r12d
	mov	ebp, esi
	mov	eax, edx
	shr	eax, 31
	add	eax, edx
	sar	eax
	cdqe
	mov	eax, DWORD PTR [r11+rax*4]
.L27:
	cmp	ebp, r13d
	jg	.L28
.L197:
	movsx	r9, ebp
	movsx	rcx, r13d
	sal	r9, 2
	lea	rdi, [r11+rcx*4]
	lea	r10, [r11+r9]
	mov	edx, DWORD PTR [rdi]
	lea	r9, 4[r11+r9]
	mov	r8d, DWORD PTR [r10]
	cmp	r8d, eax
	jge	.L196
.L24:
	mov	r10, r9
	mov	r8d, DWORD PTR [r9]
	add	r9, 4
	add	ebp, 1
	cmp	eax, r8d
	jg	.L24
	cmp	eax, edx
	jge	.L25
.L96:
	lea	r9, -4[r11+rcx*4]
.L26:
	mov	rdi, r9
	mov	edx, DWORD PTR [r9]
	sub	r9, 4
	sub	r13d, 1
	cmp	eax, edx
	jl	.L26
.L25:
	cmp	r13d, ebp
	jl	.L27
	mov	DWORD PTR [r10], edx
	add	ebp, 1
	sub	r13d, 1
	mov	DWORD PTR [rdi], r8d
.L214:
	cmp	ebp, r13d
	jle	.L197
.L28:
	mov	ecx, DWORD PTR 8[rsp]
	cmp	r13d, esi
	jle	.L42
	mov	DWORD PTR 44[rsp], ebx
	mov	edi, esi
	mov	DWORD PTR 48[rsp], r14d
	mov	r14d, ebp
	mov	ebp, ecx
	mov	DWORD PTR 52[rsp], r15d
	mov	r15d, r12d
.L31:
	lea	ecx, 0[r13+rdi]
	mov	r12d, r13d
	mov	ebx, edi
	mov	eax, ecx
	shr	eax, 31
	add	eax, ecx
	sar	eax
	cdqe
	mov	eax, DWORD PTR [r11+rax*4]
.L37:
	cmp	ebx, r12d
	jg	.L38
.L199:
	movsx	r8, ebx
	movsx	rdx, r12d
	sal	r8, 2
	lea	r10, [r11+rdx*4]
	lea	r9, [r11+r8]
	mov	ecx, DWORD PTR [r10]
	lea	r8, 4[r11+r8]
	mov	esi, DWORD PTR [r9]
	cmp	eax, esi
	jle	.L198
.L34:
	mov	r9, r8
	mov	esi, DWORD PTR [r8]
	add	r8, 4
	add	ebx, 1
	cmp	eax, esi
	jg	.L34
	cmp	eax, ecx
	jge	.L35
.L98:
	lea	r8, -4[r11+rdx*4]
.L36:
	mov	r10, r8
	mov	ecx, DWORD PTR [r8]
	sub	r8, 4
	sub	r12d, 1
	cmp	eax, ecx
	jl	.L36
.L35:
	cmp	r12d, ebx
	jl	.L37
	mov	DWORD PTR [r9], ecx
	add	ebx, 1
	sub	r12d, 1
	mov	DWORD PTR [r10], esi
.L212:
	cmp	ebx, r12d
	jle	.L199
.L38:
	cmp	r12d, edi
	jle	.L52
	mov	DWORD PTR 32[rsp], r13d
	mov	r9d, r14d
	mov	r14d, ebp
	mov	DWORD PTR 56[rsp], r15d
	mov	r15d, ebx
.L41:
	lea	ecx, [r12+rdi]
	mov	r13d, r12d
	mov	ebp, edi
	mov	eax, ecx
	shr	eax, 31
	add	eax, ecx
	sar	eax
	cdqe
	mov	eax, DWORD PTR [r11+rax*4]
.L47:
	cmp	ebp, r13d
	jg	.L48
.L201:
	movsx	r8, ebp
	movsx	rdx, r13d
	sal	r8, 2
	lea	rbx, [r11+rdx*4]
	lea	r10, [r11+r8]
	mov	ecx, DWORD PTR [rbx]
	lea	r8, 4[r11+r8]
	mov	esi, DWORD PTR [r10]
	cmp	eax, esi
	jle	.L200
.L44:
	mov	r10, r8
	mov	esi, DWORD PTR [r8]
	add	r8, 4
	add	ebp, 1
	cmp	eax, esi
	jg	.L44
	cmp	eax, ecx
	jge	.L45
.L100:
	lea	r8, -4[r11+rdx*4]
.L46:
	mov	rbx, r8
	mov	ecx, DWORD PTR [r8]
	sub	r8, 4
	sub	r13d, 1
	cmp	eax, ecx
	jl	.L46
.L45:
	cmp	r13d, ebp
	jl	.L47
	mov	DWORD PTR [r10], ecx
	add	ebp, 1
	sub	r13d, 1
	mov	DWORD PTR [rbx], esi
.L213:
	cmp	ebp, r13d
	jle	.L201
.L48:
	cmp	r13d, edi
	jle	.L62
	mov	DWORD PTR 60[rsp], r9d
	mov	edx, ebp
	mov	rbx, r11
	mov	esi, edi
	mov	DWORD PTR 36[rsp], r15d
	mov	r15d, r14d
	mov	r14d, r13d
.L51:
	lea	ecx, [r14+rsi]
	mov	r13d, r14d
	mov	ebp, esi
	mov	eax, ecx
	shr	eax, 31
	add	eax, ecx
	sar	eax
	cdqe
	mov	ecx, DWORD PTR [rbx+rax*4]
.L57:
	cmp	ebp, r13d
	jg	.L58
.L203:
	movsx	rax, ebp
	movsx	r11, r13d
	sal	rax, 2
	lea	r10, [rbx+r11*4]
	lea	r8, [rbx+rax]
	mov	edi, DWORD PTR [r10]
	lea	rax, 4[rbx+rax]
	mov	r9d, DWORD PTR [r8]
	cmp	ecx, r9d
	jle	.L202
	.p2align 4,,10
	.p2align 3
.L54:
	mov	r8, rax
	mov	r9d, DWORD PTR [rax]
	add	rax, 4
	add	ebp, 1
	cmp	ecx, r9d
	jg	.L54
	cmp	ecx, edi
	jge	.L55
.L102:
	lea	rax, -4[rbx+r11*4]
	.p2align 4,,10
	.p2align 3
.L56:
	mov	r10, rax
	mov	edi, DWORD PTR [rax]
	sub	rax, 4
	sub	r13d, 1
	cmp	ecx, edi
	jl	.L56
.L55:
	cmp	r13d, ebp
	jl	.L57
	mov	DWORD PTR [r8], edi
	add	ebp, 1
	sub	r13d, 1
	mov	DWORD PTR [r10], r9d
.L215:
	cmp	ebp, r13d
	jle	.L203
.L58:
	cmp	r13d, esi
	jle	.L72
	mov	DWORD PTR 64[rsp], r12d
	mov	ecx, r14d
	mov	eax, edx
	mov	r14d, r15d
	mov	DWORD PTR 40[rsp], ebp
.L61:
	lea	r11d, 0[r13+rsi]
	mov	ebp, r13d
	mov	r12d, esi
	mov	edi, r11d
	shr	edi, 31
	add	edi, r11d
	mov	r11d, eax
	sar	edi
	movsx	rdi, edi
	mov	edi, DWORD PTR [rbx+rdi*4]
.L67:
	cmp	r12d, ebp
	jg	.L68
.L205:
	movsx	r10, r12d
	movsx	r15, ebp
	sal	r10, 2
	lea	rax, [rbx+r15*4]
	lea	rdx, [rbx+r10]
	mov	r9d, DWORD PTR [rax]
	lea	r10, 4[rbx+r10]
	mov	r8d, DWORD PTR [rdx]
	cmp	r8d, edi
	jl	.L64
	jmp	.L204
	.p2align 4,,10
	.p2align 3
.L110:
	mov	r10, rdx
.L64:
	mov	r8d, DWORD PTR [r10]
	lea	rdx, 4[r10]
	add	r12d, 1
	cmp	edi, r8d
	jg	.L110
	mov	rdx, r10
	cmp	edi, r9d
	jge	.L65
.L104:
	lea	rax, -4[rbx+r15*4]
	jmp	.L66
	.p2align 4,,10
	.p2align 3
.L111:
	mov	rax, r10
.L66:
	mov	r9d, DWORD PTR [rax]
	lea	r10, -4[rax]
	sub	ebp, 1
	cmp	edi, r9d
	jl	.L111
.L65:
	cmp	ebp, r12d
	jl	.L67
	mov	DWORD PTR [rdx], r9d
	add	r12d, 1
	sub	ebp, 1
	mov	DWORD PTR [rax], r8d
.L216:
	cmp	r12d, ebp
	jle	.L205
.L68:
	mov	eax, r11d
	cmp	ebp, esi
	jle	.L82
	mov	r9d, ecx
	mov	r10d, DWORD PTR 32[rsp]
	mov	ecx, DWORD PTR 36[rsp]
	mov	edx, r13d
	mov	r8d, DWORD PTR 40[rsp]
.L71:
	lea	edi, 0[rbp+rsi]
	mov	DWORD PTR 68[rsp], edx
	mov	r13d, ebp
	mov	r15d, esi
	mov	eax, edi
	shr	eax, 31
	add	eax, edi
	sar	eax
	cdqe
	mov	eax, DWORD PTR [rbx+rax*4]
	.p2align 4,,10
	.p2align 3
.L77:
	cmp	r15d, r13d
	jg	.L78
.L207:
	movsx	rdi, r15d
	sal	rdi, 2
	lea	rdx, [rbx+rdi]
	lea	rdi, 4[rbx+rdi]
	mov	QWORD PTR [rsp], rdx
	mov	edx, DWORD PTR [rdx]
	mov	DWORD PTR 12[rsp], edx
	movsx	rdx, r13d
	mov	QWORD PTR 24[rsp], rdx
	lea	rdx, [rbx+rdx*4]
	mov	QWORD PTR 16[rsp], rdx
	mov	edx, DWORD PTR [rdx]
	mov	DWORD PTR 8[rsp], edx
	cmp	DWORD PTR 12[rsp], eax
	jge	.L206
	.p2align 4,,10
	.p2align 3
.L74:
	mov	QWORD PTR [rsp], rdi
	mov	edx, DWORD PTR [rdi]
	add	rdi, 4
	add	r15d, 1
	mov	DWORD PTR 12[rsp], edx
	cmp	eax, edx
	jg	.L74
	mov	edi, DWORD PTR 8[rsp]
	cmp	eax, edi
	jge	.L75
.L106:
	mov	rdi, QWORD PTR 24[rsp]
	lea	rdi, -4[rbx+rdi*4]
	.p2align 4,,10
	.p2align 3
.L76:
	mov	QWORD PTR 16[rsp], rdi
	mov	edx, DWORD PTR [rdi]
	sub	rdi, 4
	sub	r13d, 1
	mov	DWORD PTR 8[rsp], edx
	cmp	eax, edx
	jl	.L76
.L75:
	cmp	r13d, r15d
	jl	.L77
.L107:
	mov	rdx, QWORD PTR [rsp]
	mov	edi, DWORD PTR 8[rsp]
	add	r15d, 1
	sub	r13d, 1
	mov	DWORD PTR [rdx], edi
	mov	rdx, QWORD PTR 16[rsp]
	mov	edi, DWORD PTR 12[rsp]
	mov	DWORD PTR [rdx], edi
	cmp	r15d, r13d
	jle	.L207
.L78:
	mov	edx, DWORD PTR 68[rsp]
	cmp	r13d, esi
	jle	.L91
	mov	DWORD PTR 8[rsp], r10d
	mov	DWORD PTR [rsp], ecx
	mov	DWORD PTR 16[rsp], r9d
	mov	DWORD PTR 24[rsp], edx
	mov	DWORD PTR 68[rsp], r12d
	mov	DWORD PTR 12[rsp], r11d
	mov	r11d, r8d
.L81:
	lea	ecx, 0[r13+rsi]
	mov	DWORD PTR 72[rsp], esi
	mov	r12d, esi
	mov	edx, ecx
	shr	edx, 31
	add	edx, ecx
	sar	edx
	movsx	rdx, edx
	mov	r9d, DWORD PTR [rbx+rdx*4]
	mov	edx, r13d
	.p2align 4,,10
	.p2align 3
.L87:
	cmp	r12d, edx
	jg	.L88
.L209:
	movsx	rcx, r12d
	movsx	r10, edx
	sal	rcx, 2
	lea	rdi, [rbx+r10*4]
	lea	rax, [rbx+rcx]
	mov	r8d, DWORD PTR [rdi]
	lea	rcx, 4[rbx+rcx]
	mov	esi, DWORD PTR [rax]
	cmp	esi, r9d
	jge	.L208
	.p2align 4,,10
	.p2align 3
.L84:
	mov	rax, rcx
	mov	esi, DWORD PTR [rcx]
	add	rcx, 4
	add	r12d, 1
	cmp	r9d, esi
	jg	.L84
	cmp	r9d, r8d
	jge	.L85
.L108:
	lea	rcx, -4[rbx+r10*4]
	.p2align 4,,10
	.p2align 3
.L86:
	mov	rdi, rcx
	mov	r8d, DWORD PTR [rcx]
	sub	rcx, 4
	sub	edx, 1
	cmp	r9d, r8d
	jl	.L86
.L85:
	cmp	edx, r12d
	jl	.L87
	mov	DWORD PTR [rax], r8d
	add	r12d, 1
	sub	edx, 1
	mov	DWORD PTR [rdi], esi
.L217:
	cmp	r12d, edx
	jle	.L209
.L88:
	mov	esi, DWORD PTR 72[rsp]
	mov	rdi, rbx
	mov	DWORD PTR 76[rsp], r11d
	call	quick
	cmp	r13d, r12d
	mov	r11d, DWORD PTR 76[rsp]
	jle	.L186
	mov	esi, r12d
	jmp	.L81
.L192:
	cmp	eax, esi
	jl	.L92
	mov	DWORD PTR [rdx], esi
	add	ebp, 1
	sub	r12d, 1
	mov	DWORD PTR [rcx], r8d
	jmp	.L210
.L194:
	cmp	eax, esi
	jl	.L94
	mov	DWORD PTR [rdx], esi
	add	ebx, 1
	sub	r13d, 1
	mov	DWORD PTR [r8], r9d
	jmp	.L211
.L166:
	mov	ebp, r15d
	mov	r13d, ecx
	mov	r15, r14
.L22:
	cmp	ebp, r13d
	jge	.L1
	mov	edi, ebp
	jmp	.L2
.L198:
	cmp	eax, ecx
	jl	.L98
	mov	DWORD PTR [r9], ecx
	add	ebx, 1
	sub	r12d, 1
	mov	DWORD PTR [r10], esi
	jmp	.L212
.L200:
	cmp	eax, ecx
	jl	.L100
	mov	DWORD PTR [r10], ecx
	add	ebp, 1
	sub	r13d, 1
	mov	DWORD PTR [rbx], esi
	jmp	.L213
.L196:
	cmp	eax, edx
	jl	.L96
	mov	DWORD PTR [r10], edx
	add	ebp, 1
	sub	r13d, 1
	mov	DWORD PTR [rdi], r8d
	jmp	.L214
.L1:
	add	rsp, 88
	pop	rbx
	pop	rbp
	pop	r12
	pop	r13
	pop	r14
	pop	r15
	ret
.L169:
	mov	ebp, r14d
	mov	r14, r11
.L32:
	cmp	ebp, ebx
	jle	.L166
	mov	edi, ebx
	jmp	.L11
.L175:
	mov	ebx, r15d
	mov	r13d, DWORD PTR 32[rsp]
	mov	r15d, DWORD PTR 56[rsp]
	mov	ebp, r14d
	mov	r14d, r9d
.L52:
	cmp	r13d, ebx
	jle	.L172
	mov	edi, ebx
	jmp	.L31
.L172:
	mov	r12d, r15d
	mov	ecx, ebp
	mov	ebx, DWORD PTR 44[rsp]
	mov	ebp, r14d
	mov	r15d, DWORD PTR 52[rsp]
	mov	r14d, DWORD PTR 48[rsp]
.L42:
	cmp	r12d, ebp
	jle	.L169
	mov	esi, ebp
	jmp	.L21
.L202:
	cmp	ecx, edi
	jl	.L102
	mov	DWORD PTR [r8], edi
	add	ebp, 1
	sub	r13d, 1
	mov	DWORD PTR [r10], r9d
	jmp	.L215
.L204:
	cmp	edi, r9d
	jl	.L104
	mov	DWORD PTR [rdx], r9d
	add	r12d, 1
	sub	ebp, 1
	mov	DWORD PTR [rax], r8d
	jmp	.L216
.L206:
	cmp	eax, edx
	jl	.L106
	jmp	.L107
	.p2align 4,,10
	.p2align 3
.L208:
	cmp	r9d, r8d
	jl	.L108
	mov	DWORD PTR [rax], r8d
	add	r12d, 1
	sub	edx, 1
	mov	DWORD PTR [rdi], esi
	jmp	.L217
.L186:
	mov	r8d, r11d
	mov	r10d, DWORD PTR 8[rsp]
	mov	ecx, DWORD PTR [rsp]
	mov	r9d, DWORD PTR 16[rsp]
	mov	r11d, DWORD PTR 12[rsp]
	mov	edx, DWORD PTR 24[rsp]
	mov	r12d, DWORD PTR 68[rsp]
.L91:
	cmp	ebp, r15d
	jle	.L184
	mov	esi, r15d
	jmp	.L71
.L184:
	mov	eax, r11d
	mov	ecx, r9d
	mov	r13d, edx
.L82:
	cmp	r13d, r12d
	jle	.L181
	mov	esi, r12d
	jmp	.L61
.L181:
	mov	r12d, DWORD PTR 64[rsp]
	mov	ebp, DWORD PTR 40[rsp]
	mov	r15d, r14d
	mov	edx, eax
	mov	r14d, ecx
.L72:
	cmp	r14d, ebp
	jle	.L178
	mov	esi, ebp
	jmp	.L51
.L178:
	mov	r14d, r15d
	mov	r9d, DWORD PTR 60[rsp]
	mov	r15d, DWORD PTR 36[rsp]
	mov	ebp, edx
	mov	r11, rbx
.L62:
	cmp	r12d, ebp
	jle	.L175
	mov	edi, ebp
	jmp	.L41
.L188:
	ret
	.size	quick, .-quick
	.p2align 4
	.globl	sum_array
	.type	sum_array, @function
sum_array:
	mov	ecx, esi
	test	esi, esi
	jle	.L224
	lea	eax, -1[rsi]
	cmp	eax, 2
	jbe	.L225
	mov	edx, esi
	pxor	xmm0, xmm0
	pxor	xmm4, xmm4
	mov	rax, rdi
	shr	edx, 2
	sal	rdx, 4
	add	rdx, rdi
	.p2align 4,,10
	.p2align 3
.L221:
	movdqu	xmm1, XMMWORD PTR [rax]
	movdqa	xmm2, xmm4
	add	rax, 16
	pcmpgtd	xmm2, xmm1
	movdqa	xmm3, xmm1
	punpckldq	xmm3, xmm2
	punpckhdq	xmm1, xmm2
	paddq	xmm0, xmm3
	paddq	xmm0, xmm1
	cmp	rdx, rax
	jne	.L221
	movdqa	xmm1, xmm0
	mov	edx, ecx
	psrldq	xmm1, 8
	and	edx, -4
	paddq	xmm0, xmm1
	movq	rax, xmm0
	test	cl, 3
	je	.L227
.L220:
	movsx	rsi, edx
	lea	r8, 0[0+rsi*4]
	movsx	rsi, DWORD PTR [rdi+rsi*4]
	add	rax, rsi
	lea	esi, 1[rdx]
	cmp	ecx, esi
	jle	.L218
	movsx	rsi, DWORD PTR 4[rdi+r8]
	add	edx, 2
	add	rax, rsi
	cmp	ecx, edx
	jle	.L218
	movsx	rdx, DWORD PTR 8[rdi+r8]
	add	rax, rdx
	ret
	.p2align 4,,10
	.p2align 3
.L224:
	xor	eax, eax
.L218:
	ret
	.p2align 4,,10
	.p2align 3
.L227:
	ret
.L225:
	xor	edx, edx
	xor	eax, eax
	jmp	.L220
	.size	sum_array, .-sum_array
	.p2align 4
	.globl	max_array
	.type	max_array, @function
max_array:
	mov	edx, esi
	xor	eax, eax
	test	esi, esi
	je	.L228
	mov	eax, DWORD PTR [rdi]
	cmp	esi, 1
	jle	.L228
	lea	ecx, -2[rdx]
	lea	esi, -1[rsi]
	cmp	ecx, 2
	jbe	.L235
	mov	ecx, esi
	movd	xmm3, eax
	mov	rax, rdi
	shr	ecx, 2
	pshufd	xmm0, xmm3, 0
	sal	rcx, 4
	add	rcx, rdi
	.p2align 4,,10
	.p2align 3
.L231:
	movdqu	xmm1, XMMWORD PTR 4[rax]
	add	rax, 16
	movdqa	xmm2, xmm1
	pcmpgtd	xmm2, xmm0
	pand	xmm1, xmm2
	pandn	xmm2, xmm0
	movdqa	xmm0, xmm2
	por	xmm0, xmm1
	cmp	rcx, rax
	jne	.L231
	movdqa	xmm2, xmm0
	mov	ecx, esi
	psrldq	xmm2, 8
	and	ecx, -4
	movdqa	xmm1, xmm2
	add	ecx, 1
	and	esi, 3
	pcmpgtd	xmm1, xmm0
	pand	xmm2, xmm1
	pandn	xmm1, xmm0
	por	xmm1, xmm2
	movdqa	xmm2, xmm1
	psrldq	xmm2, 4
	movdqa	xmm0, xmm2
	pcmpgtd	xmm0, xmm1
	pand	xmm2, xmm0
	pandn	xmm0, xmm1
	por	xmm0, xmm2
	movd	eax, xmm0
	je	.L241
.L230:
	movsx	rsi, ecx
	lea	r8, 0[0+rsi*4]
	mov	esi, DWORD PTR [rdi+rsi*4]
	cmp	eax, esi
	cmovl	eax, esi
	lea	esi, 1[rcx]
	cmp	edx, esi
	jle	.L228
	mov	esi, DWORD PTR 4[rdi+r8]
	cmp	eax, esi
	cmovl	eax, esi
	add	ecx, 2
	cmp	edx, ecx
	jle	.L228
	mov	edx, DWORD PTR 8[rdi+r8]
	cmp	eax, edx
	cmovl	eax, edx
.L228:
	ret
	.p2align 4,,10
	.p2align 3
.L241:
	ret
.L235:
	mov	ecx, 1
	jmp	.L230
	.size	max_array, .-max_array
	.p2align 4
	.globl	argmin
	.type	argmin, @function
argmin:
	cmp	esi, 1
	jle	.L243
	mov	edx, DWORD PTR [rdi]
	mov	esi, esi
	mov	eax, 1
	xor	r8d, r8d
	.p2align 4,,10
	.p2align 3
.L245:
	mov	ecx, DWORD PTR [rdi+rax*4]
	cmp	ecx, edx
	cmovl	r8d, eax
	cmovl	edx, ecx
	add	rax, 1
	cmp	rsi, rax
	jne	.L245
	mov	eax, r8d
	ret
	.p2align 4,,10
	.p2align 3
.L243:
	sbb	r8d, r8d
	mov	eax, r8d
	ret
	.size	argmin, .-argmin
	.p2align 4
	.globl	count_negative
	.type	count_negative, @function
count_negative:
	mov	ecx, esi
	test	esi, esi
	jle	.L254
	lea	eax, -1[rsi]
	cmp	eax, 2
	jbe	.L255
	mov	edx, esi
	pxor	xmm0, xmm0
	mov	rax, rdi
	shr	edx, 2
	movdqa	xmm2, xmm0
	sal	rdx, 4
	add	rdx, rdi
	.p2align 4,,10
	.p2align 3
.L251:
	movdqu	xmm3, XMMWORD PTR [rax]
	movdqa	xmm1, xmm2
	add	rax, 16
	pcmpgtd	xmm1, xmm3
	psubd	xmm0, xmm1
	cmp	rdx, rax
	jne	.L251
	movdqa	xmm1, xmm0
	mov	edx, ecx
	psrldq	xmm1, 8
	and	edx, -4
	paddd	xmm0, xmm1
	movdqa	xmm1, xmm0
	psrldq	xmm1, 4
	paddd	xmm0, xmm1
	movd	eax, xmm0
	test	cl, 3
	je	.L257
.L250:
	movsx	rsi, edx
	lea	r8, 0[0+rsi*4]
	mov	esi, DWORD PTR [rdi+rsi*4]
	shr	esi, 31
	add	eax, esi
	lea	esi, 1[rdx]
	cmp	ecx, esi
	jle	.L248
	mov	esi, DWORD PTR 4[rdi+r8]
	add	edx, 2
	shr	esi, 31
	add	eax, esi
	cmp	ecx, edx
	jle	.L248
	mov	edx, DWORD PTR 8[rdi+r8]
	shr	edx, 31
	add	eax, edx
	ret
	.p2align 4,,10
	.p2align 3
.L254:
	xor	eax, eax
.L248:
	ret
	.p2align 4,,10
	.p2align 3
.L257:
	ret
.L255:
	xor	edx, edx
	xor	eax, eax
	jmp	.L250
	.size	count_negative, .-count_negative
	.p2align 4
	.globl	linear_search
	.type	linear_search, @function
linear_search:
	test	esi, esi
	jle	.L262
	movsx	rsi, esi
	xor	eax, eax
	jmp	.L261
	.p2align 4,,10
	.p2align 3
.L264:
	add	rax, 1
	cmp	rax, rsi
	je	.L262
.L261:
	cmp	DWORD PTR [rdi+rax*4], edx
	jne	.L264
	ret
	.p2align 4,,10
	.p2align 3
.L262:
	mov	eax, -1
	ret
	.size	linear_search, .-linear_search
	.p2align 4
	.globl	binary_search
	.type	binary_search, @function
binary_search:
	sub	esi, 1
	js	.L271
	xor	ecx, ecx
	.p2align 4,,10
	.p2align 3
.L269:
	mov	eax, esi
	sub	eax, ecx
	sar	eax
	add	eax, ecx
	movsx	r8, eax
	cmp	DWORD PTR [rdi+r8*4], edx
	je	.L265
	jge	.L267
	lea	ecx, 1[rax]
	cmp	ecx, esi
	jle	.L269
.L271:
	mov	eax, -1
.L265:
	ret
	.p2align 4,,10
	.p2align 3
.L267:
	lea	esi, -1[rax]
	cmp	esi, ecx
	jge	.L269
	mov	eax, -1
	jmp	.L265
	.size	binary_search, .-binary_search
	.p2align 4
	.globl	lower_bound
	.type	lower_bound, @function
lower_bound:
	xor	ecx, ecx
	jmp	.L274
	.p2align 4,,10
	.p2align 3
.L275:
	lea	eax, [rsi+rcx]
	sar	eax
	movsx	r8, eax
	cmp	DWORD PTR [rdi+r8*4], edx
	jl	.L277
	mov	esi, eax
.L274:
	cmp	esi, ecx
	jg	.L275
	mov	eax, ecx
	ret
	.p2align 4,,10
	.p2align 3
.L277:
	lea	ecx, 1[rax]
	jmp	.L274
	.size	lower_bound, .-lower_bound
	.p2align 4
	.globl	is_sorted
	.type	is_sorted, @function
is_sorted:
	cmp	esi, 1
	jle	.L281
	lea	ecx, -2[rsi]
	mov	edx, DWORD PTR [rdi]
	lea	rax, 4[rdi]
	lea	rsi, 8[rdi+rcx*4]
	jmp	.L280
	.p2align 4,,10
	.p2align 3
.L284:
	add	rax, 4
	cmp	rax, rsi
	je	.L281
.L280:
	mov	ecx, edx
	mov	edx, DWORD PTR [rax]
	cmp	edx, ecx
	jge	.L284
	xor	eax, eax
	ret
	.p2align 4,,10
	.p2align 3
.L281:
	mov	eax, 1
	ret
	.size	is_sorted, .-is_sorted
	.p2align 4
	.globl	reverse_array
	.type	reverse_array, @function
reverse_array:
	sub	esi, 1
	test	esi, esi
	jle	.L285
	movsx	rsi, esi
	xor	eax, eax
	.p2align 4,,10
	.p2align 3
.L287:
	mov	edx, DWORD PTR [rdi+rax*4]
	mov	ecx, DWORD PTR [rdi+rsi*4]
	mov	DWORD PTR [rdi+rax*4], ecx
	add	rax, 1
	mov	DWORD PTR [rdi+rsi*4], edx
	sub	rsi, 1
	cmp	esi, eax
	jg	.L287
.L285:
	ret
	.size	reverse_array, .-reverse_array
	.p2align 4
	.globl	insertion_sort
	.type	insertion_sort, @function
insertion_sort:
	lea	r9d, -1[rsi]
	xor	r8d, r8d
	cmp	esi, 1
	jle	.L289
	.p2align 4,,10
	.p2align 3
.L294:
	mov	ecx, DWORD PTR 4[rdi+r8*4]
	mov	rax, r8
	jmp	.L291
	.p2align 4,,10
	.p2align 3
.L293:
	mov	DWORD PTR 4[rdi+rax*4], edx
	sub	rax, 1
	cmp	eax, -1
	je	.L296
.L291:
	mov	edx, DWORD PTR [rdi+rax*4]
	cmp	edx, ecx
	jg	.L293
	add	eax, 1
	cdqe
	lea	rax, [rdi+rax*4]
.L292:
	add	r8, 1
	mov	DWORD PTR [rax], ecx
	cmp	r9, r8
	jne	.L294
.L289:
	ret
	.p2align 4,,10
	.p2align 3
.L296:
	mov	rax, rdi
	jmp	.L292
	.size	insertion_sort, .-insertion_sort
	.p2align 4
	.globl	bubble_sort
	.type	bubble_sort, @function
bubble_sort:
	test	esi, esi
	jle	.L299
	lea	r9, 4[rdi]
.L301:
	cmp	esi, 1
	jle	.L314
	.p2align 4,,10
	.p2align 3
.L305:
	lea	edx, -2[rsi]
	mov	rax, rdi
	lea	r8, [r9+rdx*4]
	.p2align 4,,10
	.p2align 3
.L303:
	movq	xmm0, QWORD PTR [rax]
	pshufd	xmm1, xmm0, 0xe5
	movd	ecx, xmm0
	movd	edx, xmm1
	cmp	ecx, edx
	jle	.L302
	pshufd	xmm0, xmm0, 225
	movq	QWORD PTR [rax], xmm0
.L302:
	add	rax, 4
	cmp	rax, r8
	jne	.L303
	sub	esi, 1
	cmp	esi, 1
	jg	.L305
.L314:
	sub	esi, 1
	jne	.L301
.L299:
	ret
	.size	bubble_sort, .-bubble_sort
	.p2align 4
	.globl	selection_sort
	.type	selection_sort, @function
selection_sort:
	test	esi, esi
	jle	.L327
	push	rbp
	mov	r11d, 1
	mov	rbp, QWORD PTR [rdi]
	push	rbx
	lea	rbx, 8[rdi]
	cmp	esi, 1
	je	.L315
	.p2align 4,,10
	.p2align 3
.L321:
	lea	r10d, -1[r11]
	mov	rax, rbx
	mov	r8, rbp
	mov	edx, r11d
	jmp	.L320
	.p2align 4,,10
	.p2align 3
.L331:
	movsx	rcx, r10d
	add	edx, 1
	add	rax, 8
	lea	r9, [rdi+rcx*8]
	cmp	esi, edx
	jle	.L330
.L320:
	mov	rcx, QWORD PTR [rax]
	mov	r9, rax
	cmp	r8, rcx
	jle	.L331
	mov	r10d, edx
	add	edx, 1
	mov	r8, rcx
	add	rax, 8
	cmp	esi, edx
	jg	.L320
.L330:
	mov	QWORD PTR -8[rbx], r8
	add	r11d, 1
	add	rbx, 8
	mov	QWORD PTR [r9], rbp
	mov	rbp, QWORD PTR -8[rbx]
	cmp	r11d, esi
	jne	.L321
.L315:
	pop	rbx
	pop	rbp
	ret
.L327:
	ret
	.size	selection_sort, .-selection_sort
	.p2align 4
	.globl	heap_sort
	.type	heap_sort, @function
heap_sort:
	lea	r8d, -2[rsi]
	push	rbp
	mov	rax, rdi
	lea	r9d, -1[rsi]
	push	rbx
	mov	ebx, r8d
	shr	ebx, 31
	add	ebx, r8d
	sar	ebx
	movsx	r11, ebx
	add	ebx, ebx
	test	esi, esi
	jle	.L338
	.p2align 4,,10
	.p2align 3
.L337:
	mov	esi, r11d
	mov	ecx, ebx
	cmp	ebx, r9d
	jge	.L341
	mov	edi, DWORD PTR [rax+r11*4]
	jmp	.L343
	.p2align 4,,10
	.p2align 3
.L362:
	cmp	edx, r9d
	jge	.L341
	cmp	DWORD PTR 4[rax+rbp], edi
	jle	.L341
.L351:
	lea	edx, 2[rsi+rsi]
.L342:
	cmp	edx, esi
	je	.L341
	movsx	rcx, edx
	lea	rcx, [rax+rcx*4]
	mov	esi, DWORD PTR [rcx]
	mov	DWORD PTR [r10], esi
	mov	DWORD PTR [rcx], edi
	lea	ecx, [rdx+rdx]
	cmp	ecx, r9d
	jge	.L341
	mov	esi, edx
.L343:
	lea	edx, 1[rcx]
	movsx	rcx, esi
	lea	r10, [rax+rcx*4]
	movsx	rcx, edx
	lea	rbp, 0[0+rcx*4]
	mov	ecx, DWORD PTR [rax+rcx*4]
	cmp	ecx, edi
	jle	.L362
	cmp	edx, r9d
	jge	.L342
	cmp	ecx, DWORD PTR 4[rax+rbp]
	jge	.L342
	jmp	.L351
	.p2align 4,,10
	.p2align 3
.L341:
	sub	r11, 1
	sub	ebx, 2
	test	r11d, r11d
	jns	.L337
.L338:
	test	r9d, r9d
	jle	.L332
	movsx	r9, r9d
	mov	ecx, DWORD PTR [rax]
	lea	rdx, [rax+r9*4]
	mov	edi, DWORD PTR [rdx]
	mov	DWORD PTR [rdx], ecx
	mov	DWORD PTR [rax], edi
	test	r8d, r8d
	je	.L332
	movsx	r8, r8d
	.p2align 4,,10
	.p2align 3
.L347:
	xor	ecx, ecx
	xor	esi, esi
	jmp	.L348
	.p2align 4,,10
	.p2align 3
.L364:
	cmp	edx, r8d
	jl	.L363
.L345:
	cmp	edx, ecx
	je	.L349
	movsx	rcx, edx
	lea	rcx, [rax+rcx*4]
	mov	esi, DWORD PTR [rcx]
	mov	DWORD PTR [r9], esi
	lea	esi, [rdx+rdx]
	mov	DWORD PTR [rcx], edi
	cmp	esi, r8d
	jge	.L349
	mov	ecx, edx
.L348:
	lea	edx, 1[rsi]
	movsx	rsi, ecx
	lea	r9, [rax+rsi*4]
	movsx	rsi, edx
	lea	r10, 0[0+rsi*4]
	mov	esi, DWORD PTR [rax+rsi*4]
	cmp	esi, edi
	jg	.L364
	cmp	edx, r8d
	jge	.L349
	cmp	DWORD PTR 4[rax+r10], edi
	jle	.L349
.L352:
	lea	edx, 2[rcx+rcx]
	jmp	.L345
	.p2align 4,,10
	.p2align 3
.L349:
	mov	edx, DWORD PTR [rax]
	mov	edi, DWORD PTR [rax+r8*4]
	mov	DWORD PTR [rax+r8*4], edx
	sub	r8, 1
	mov	DWORD PTR [rax], edi
	test	r8d, r8d
	jg	.L347
.L332:
	pop	rbx
	pop	rbp
	ret
	.p2align 4,,10
	.p2align 3
.L363:
	cmp	esi, DWORD PTR 4[rax+r10]
	jge	.L345
	jmp	.L352
	.size	heap_sort, .-heap_sort
	.p2align 4
	.globl	quick_sort
	.type	quick_sort, @function
quick_sort:
	push	r12
	push	rbp
	lea	ebp, -1[rsi]
	push	rbx
	test	ebp, ebp
	jle	.L365
	mov	r12, rdi
	xor	r10d, r10d
.L366:
	lea	eax, 0[rbp+r10]
	mov	edx, ebp
	mov	ebx, r10d
	sar	eax
	cdqe
	mov	esi, DWORD PTR [r12+rax*4]
	.p2align 4,,10
	.p2align 3
.L371:
	cmp	ebx, edx
	jg	.L372
.L387:
	movsx	rax, ebx
	movsx	r11, edx
	sal	rax, 2
	lea	r9, [r12+r11*4]
	lea	r8, [r12+rax]
	mov	edi, DWORD PTR [r9]
	lea	rax, 4[r12+rax]
	mov	ecx, DWORD PTR [r8]
	cmp	esi, ecx
	jle	.L386
	.p2align 4,,10
	.p2align 3
.L368:
	mov	r8, rax
	mov	ecx, DWORD PTR [rax]
	add	rax, 4
	add	ebx, 1
	cmp	esi, ecx
	jg	.L368
	cmp	esi, edi
	jge	.L369
.L376:
	lea	rax, -4[r12+r11*4]
	.p2align 4,,10
	.p2align 3
.L370:
	mov	r9, rax
	mov	edi, DWORD PTR [rax]
	sub	rax, 4
	sub	edx, 1
	cmp	esi, edi
	jl	.L370
.L369:
	cmp	edx, ebx
	jl	.L371
	mov	DWORD PTR [r8], edi
	add	ebx, 1
	sub	edx, 1
	mov	DWORD PTR [r9], ecx
.L388:
	cmp	ebx, edx
	jle	.L387
.L372:
	mov	esi, r10d
	mov	rdi, r12
	call	quick
	cmp	ebp, ebx
	jle	.L365
	mov	r10d, ebx
	jmp	.L366
	.p2align 4,,10
	.p2align 3
.L386:
	cmp	esi, edi
	jl	.L376
	mov	DWORD PTR [r8], edi
	add	ebx, 1
	sub	edx, 1
	mov	DWORD PTR [r9], ecx
	jmp	.L388
.L365:
	pop	rbx
	pop	rbp
	pop	r12
	ret
	.size	quick_sort, .-quick_sort
	.p2align 4
	.globl	prefix_sums
	.type	prefix_sums, @function
prefix_sums:
	cmp	esi, 1
	jle	.L389
	lea	ecx, -2[rsi]
	mov	edx, DWORD PTR [rdi]
	lea	rax, 4[rdi]
	lea	rcx, 8[rdi+rcx*4]
	.p2align 4,,10
	.p2align 3
.L391:
	add	edx, DWORD PTR [rax]
	add	rax, 4
	mov	DWORD PTR -4[rax], edx
	cmp	rax, rcx
	jne	.L391
.L389:
	ret
	.size	prefix_sums, .-prefix_sums
	.p2align 4
	.globl	dot_product
	.type	dot_product, @function
dot_product:
	test	edx, edx
	jle	.L396
	movsx	rdx, edx
	xor	eax, eax
	xor	ecx, ecx
	lea	r9, 0[0+rdx*4]
	.p2align 4,,10
	.p2align 3
.L395:
	movsx	rdx, DWORD PTR [rdi+rax]
	movsx	r8, DWORD PTR [rsi+rax]
	add	rax, 4
	imul	rdx, r8
	add	rcx, rdx
	cmp	r9, rax
	jne	.L395
	mov	rax, rcx
	ret
	.p2align 4,,10
	.p2align 3
.L396:
	xor	ecx, ecx
	mov	rax, rcx
	ret
	.size	dot_product, .-dot_product
	.p2align 4
	.globl	max_subarray
	.type	max_subarray, @function
max_subarray:
	test	esi, esi
	jle	.L401
	movsx	rsi, esi
	xor	eax, eax
	xor	edx, edx
	lea	rsi, [rdi+rsi*4]
	.p2align 4,,10
	.p2align 3
.L400:
	movsx	rcx, DWORD PTR [rdi]
	add	rax, rcx
	mov	ecx, 0
	cmovs	rax, rcx
	cmp	rdx, rax
	cmovl	rdx, rax
	add	rdi, 4
	cmp	rsi, rdi
	jne	.L400
	mov	rax, rdx
	ret
	.p2align 4,,10
	.p2align 3
.L401:
	xor	edx, edx
	mov	rax, rdx
	ret
	.size	max_subarray, .-max_subarray
	.p2align 4
	.globl	rotate_left_one
	.type	rotate_left_one, @function
rotate_left_one:
	push	rbp
	push	rbx
	movsx	rbx, esi
	sub	rsp, 8
	cmp	ebx, 1
	jle	.L403
	lea	edx, -1[rbx]
	mov	ebp, DWORD PTR [rdi]
	lea	rsi, 4[rdi]
	sal	rdx, 2
	call	memmove@PLT
	mov	DWORD PTR -4[rax+rbx*4], ebp
.L403:
	add	rsp, 8
	pop	rbx
	pop	rbp
	ret
	.size	rotate_left_one, .-rotate_left_one
	.p2align 4
	.globl	count_distinct_sorted
	.type	count_distinct_sorted, @function
count_distinct_sorted:
	xor	ecx, ecx
	test	esi, esi
	setg	cl
	cmp	esi, 1
	jle	.L406
	lea	eax, -2[rsi]
	lea	r8d, -1[rsi]
	cmp	eax, 2
	jbe	.L415
	mov	edx, r8d
	pxor	xmm1, xmm1
	mov	rax, rdi
	shr	edx, 2
	movdqa	xmm2, xmm1
	sal	rdx, 4
	add	rdx, rdi
	.p2align 4,,10
	.p2align 3
.L409:
	movdqu	xmm0, XMMWORD PTR 4[rax]
	movdqu	xmm3, XMMWORD PTR [rax]
	add	rax, 16
	pcmpeqd	xmm0, xmm3
	pcmpeqd	xmm0, xmm2
	psubd	xmm1, xmm0
	cmp	rax, rdx
	jne	.L409
	movdqa	xmm0, xmm1
	psrldq	xmm0, 8
	paddd	xmm1, xmm0
	movdqa	xmm0, xmm1
	psrldq	xmm0, 4
	paddd	xmm1, xmm0
	movd	eax, xmm1
	add	ecx, eax
	test	r8b, 3
	je	.L406
	mov	eax, r8d
	and	eax, -4
	add	eax, 1
.L408:
	movsx	rdx, eax
	lea	r10d, 1[rax]
	lea	r9, 0[0+rdx*4]
	lea	r11, [rdi+r9]
	cmp	r10d, r8d
	jge	.L412
	cmp	esi, eax
	jle	.L412
	mov	r10d, DWORD PTR [r11]
	xor	edx, edx
	cmp	DWORD PTR -4[r11], r10d
	mov	r11d, DWORD PTR 4[rdi+r9]
	setne	dl
	add	edx, ecx
	xor	ecx, ecx
	cmp	r10d, r11d
	setne	cl
	add	ecx, edx
	lea	edx, 3[rax]
	cmp	r8d, edx
	jg	.L413
	add	eax, 2
	movsx	rdx, eax
	lea	r10d, 1[rax]
.L412:
	mov	r9d, DWORD PTR [rdi+rdx*4]
	cmp	DWORD PTR -4[rdi+rdx*4], r9d
	lea	r8, 0[0+rdx*4]
	setne	dl
	movzx	edx, dl
	add	ecx, edx
	cmp	esi, r10d
	jle	.L406
	xor	edx, edx
	cmp	DWORD PTR 4[rdi+r8], r9d
	setne	dl
	add	eax, 2
	add	ecx, edx
	cmp	esi, eax
	jle	.L406
	mov	eax, DWORD PTR 8[rdi+r8]
	cmp	DWORD PTR 4[rdi+r8], eax
	setne	al
	movzx	eax, al
	add	ecx, eax
.L406:
	mov	eax, ecx
	ret
	.p2align 4,,10
	.p2align 3
.L413:
	mov	r10d, DWORD PTR 8[rdi+r9]
	xor	edx, edx
	cmp	r11d, r10d
	mov	r11d, DWORD PTR 12[rdi+r9]
	setne	dl
	add	edx, ecx
	xor	ecx, ecx
	cmp	r10d, r11d
	setne	cl
	add	ecx, edx
	lea	edx, 5[rax]
	cmp	r8d, edx
	jle	.L426
	mov	r8d, DWORD PTR 16[rdi+r9]
	xor	edx, edx
	cmp	r8d, r11d
	setne	dl
	add	edx, ecx
	xor	ecx, ecx
	cmp	DWORD PTR 20[rdi+r9], r8d
	setne	cl
	add	eax, 6
	add	ecx, edx
	lea	r10d, 1[rax]
	movsx	rdx, eax
	jmp	.L412
	.p2align 4,,10
	.p2align 3
.L426:
	add	eax, 4
	movsx	rdx, eax
	lea	r10d, 1[rax]
	jmp	.L412
.L415:
	mov	eax, 1
	jmp	.L408
	.size	count_distinct_sorted, .-count_distinct_sorted
	.p2align 4
	.globl	sum_u64
	.type	sum_u64, @function
sum_u64:
	test	rsi, rsi
	je	.L433
	cmp	rsi, 1
	je	.L434
	mov	rdx, rsi
	mov	rax, rdi
	pxor	xmm0, xmm0
	shr	rdx
	sal	rdx, 4
	add	rdx, rdi
	.p2align 4,,10
	.p2align 3
.L430:
	movdqu	xmm2, XMMWORD PTR [rax]
	add	rax, 16
	paddq	xmm0, xmm2
	cmp	rdx, rax
	jne	.L430
	movdqa	xmm1, xmm0
	psrldq	xmm1, 8
	paddq	xmm0, xmm1
	movq	rax, xmm0
	test	sil, 1
	je	.L427
	and	rsi, -2
.L429:
	add	rax, QWORD PTR [rdi+rsi*8]
	ret
	.p2align 4,,10
	.p2align 3
.L433:
	xor	eax, eax
.L427:
	ret
.L434:
	xor	esi, esi
	xor	eax, eax
	jmp	.L429
	.size	sum_u64, .-sum_u64
	.p2align 4
	.globl	sum_bytes
	.type	sum_bytes, @function
sum_bytes:
	mov	rcx, rsi
	test	rsi, rsi
	je	.L447
	lea	rax, -1[rsi]
	cmp	rax, 14
	jbe	.L448
	mov	rdx, rsi
	pxor	xmm0, xmm0
	pxor	xmm4, xmm4
	mov	rax, rdi
	and	rdx, -16
	pxor	xmm3, xmm3
	add	rdx, rdi
	.p2align 4,,10
	.p2align 3
.L442:
	movdqu	xmm1, XMMWORD PTR [rax]
	add	rax, 16
	movdqa	xmm2, xmm1
	punpckhbw	xmm1, xmm4
	punpcklbw	xmm2, xmm4
	movdqa	xmm5, xmm2
	punpckhwd	xmm2, xmm3
	punpcklwd	xmm5, xmm3
	paddd	xmm0, xmm5
	paddd	xmm0, xmm2
	movdqa	xmm2, xmm1
	punpckhwd	xmm1, xmm3
	punpcklwd	xmm2, xmm3
	paddd	xmm0, xmm2
	paddd	xmm0, xmm1
	cmp	rdx, rax
	jne	.L442
	movdqa	xmm1, xmm0
	mov	rdx, rcx
	psrldq	xmm1, 8
	and	rdx, -16
	paddd	xmm1, xmm0
	movdqa	xmm2, xmm1
	psrldq	xmm2, 4
	paddd	xmm1, xmm2
	movd	eax, xmm1
	movdqa	xmm1, xmm0
	psrldq	xmm0, 8
	paddd	xmm0, xmm1
	test	cl, 15
	je	.L456
.L441:
	mov	rsi, rcx
	sub	rsi, rdx
	lea	r8, -1[rsi]
	cmp	r8, 6
	jbe	.L445
	movq	xmm1, QWORD PTR [rdi+rdx]
	pxor	xmm2, xmm2
	movdqa	xmm3, xmm1
	punpcklbw	xmm1, xmm2
	punpcklbw	xmm3, xmm2
	pxor	xmm2, xmm2
	pshufd	xmm1, xmm1, 78
	movdqa	xmm4, xmm3
	punpcklwd	xmm3, xmm2
	punpcklwd	xmm4, xmm2
	pshufd	xmm3, xmm3, 78
	paddd	xmm0, xmm4
	paddd	xmm0, xmm3
	movdqa	xmm3, xmm1
	punpcklwd	xmm1, xmm2
	punpcklwd	xmm3, xmm2
	pshufd	xmm1, xmm1, 78
	paddd	xmm0, xmm3
	paddd	xmm0, xmm1
	movd	r8d, xmm0
	pshufd	xmm6, xmm0, 0xe5
	movd	eax, xmm6
	add	eax, r8d
	mov	r8, rsi
	and	r8, -8
	add	rdx, r8
	and	esi, 7
	je	.L439
.L445:
	movzx	esi, BYTE PTR [rdi+rdx]
	add	eax, esi
	lea	rsi, 1[rdx]
	cmp	rsi, rcx
	jnb	.L439
	movzx	esi, BYTE PTR 1[rdi+rdx]
	add	eax, esi
	lea	rsi, 2[rdx]
	cmp	rsi, rcx
	jnb	.L439
	movzx	esi, BYTE PTR 2[rdi+rdx]
	add	eax, esi
	lea	rsi, 3[rdx]
	cmp	rsi, rcx
	jnb	.L439
	movzx	esi, BYTE PTR 3[rdi+rdx]
	add	eax, esi
	lea	rsi, 4[rdx]
	cmp	rsi, rcx
	jnb	.L439
	movzx	esi, BYTE PTR 4[rdi+rdx]
	add	eax, esi
	lea	rsi, 5[rdx]
	cmp	rsi, rcx
	jnb	.L439
	movzx	esi, BYTE PTR 5[rdi+rdx]
	add	eax, esi
	lea	rsi, 6[rdx]
	cmp	rsi, rcx
	jnb	.L439
	movzx	edx, BYTE PTR 6[rdi+rdx]
	add	eax, edx
	ret
	.p2align 4,,10
	.p2align 3
.L447:
	xor	eax, eax
.L439:
	ret
.L448:
	pxor	xmm0, xmm0
	xor	edx, edx
	xor	eax, eax
	jmp	.L441
.L456:
	ret
	.size	sum_bytes, .-sum_bytes
	.p2align 4
	.globl	sum_shorts
	.type	sum_shorts, @function
sum_shorts:
	mov	ecx, esi
	test	esi, esi
	jle	.L465
	lea	eax, -1[rsi]
	cmp	eax, 6
	jbe	.L466
	mov	edx, esi
	pxor	xmm1, xmm1
	pxor	xmm4, xmm4
	mov	rax, rdi
	shr	edx, 3
	sal	rdx, 4
	add	rdx, rdi
	.p2align 4,,10
	.p2align 3
.L460:
	movdqu	xmm0, XMMWORD PTR [rax]
	movdqa	xmm2, xmm4
	add	rax, 16
	pcmpgtw	xmm2, xmm0
	movdqa	xmm3, xmm0
	punpcklwd	xmm3, xmm2
	punpckhwd	xmm0, xmm2
	paddd	xmm1, xmm3
	paddd	xmm1, xmm0
	cmp	rax, rdx
	jne	.L460
	movdqa	xmm0, xmm1
	mov	r8d, ecx
	psrldq	xmm0, 8
	and	r8d, -8
	paddd	xmm0, xmm1
	mov	esi, r8d
	movdqa	xmm2, xmm0
	psrldq	xmm2, 4
	paddd	xmm0, xmm2
	movd	eax, xmm0
	movdqa	xmm0, xmm1
	psrldq	xmm1, 8
	paddd	xmm0, xmm1
	cmp	ecx, r8d
	je	.L471
.L459:
	mov	r9d, ecx
	sub	r9d, esi
	lea	edx, -1[r9]
	cmp	edx, 2
	jbe	.L463
	movq	xmm1, QWORD PTR [rdi+rsi*2]
	pxor	xmm2, xmm2
	pcmpgtw	xmm2, xmm1
	movdqa	xmm3, xmm1
	punpcklwd	xmm3, xmm2
	punpcklwd	xmm1, xmm2
	paddd	xmm0, xmm3
	pshufd	xmm1, xmm1, 78
	paddd	xmm0, xmm1
	movd	eax, xmm0
	pshufd	xmm5, xmm0, 0xe5
	movd	edx, xmm5
	add	eax, edx
	mov	edx, r9d
	and	edx, -4
	add	r8d, edx
	and	r9d, 3
	je	.L457
.L463:
	movsx	rdx, r8d
	lea	rsi, [rdx+rdx]
	movsx	edx, WORD PTR [rdi+rdx*2]
	add	eax, edx
	lea	edx, 1[r8]
	cmp	ecx, edx
	jle	.L457
	movsx	edx, WORD PTR 2[rdi+rsi]
	add	eax, edx
	lea	edx, 2[r8]
	cmp	ecx, edx
	jle	.L457
	movsx	edx, WORD PTR 4[rdi+rsi]
	add	eax, edx
	ret
	.p2align 4,,10
	.p2align 3
.L465:
	xor	eax, eax
.L457:
	ret
	.p2align 4,,10
	.p2align 3
.L471:
	ret
.L466:
	pxor	xmm0, xmm0
	xor	esi, esi
	xor	r8d, r8d
	xor	eax, eax
	jmp	.L459
	.size	sum_shorts, .-sum_shorts
	.p2align 4
	.globl	fill_squares
	.type	fill_squares, @function
fill_squares:
	mov	rcx, rdi
	test	esi, esi
	jle	.L472
	lea	eax, -1[rsi]
	cmp	eax, 2
	jbe	.L477
	mov	edx, esi
	movdqa	xmm2, XMMWORD PTR .LC0[rip]
	movdqa	xmm3, XMMWORD PTR .LC1[rip]
	mov	rax, rdi
	shr	edx, 2
	sal	rdx, 4
	add	rdx, rdi
	.p2align 4,,10
	.p2align 3
.L475:
	movdqa	xmm0, xmm2
	add	rax, 16
	paddd	xmm2, xmm3
	movdqa	xmm1, xmm0
	pmuludq	xmm1, xmm0
	psrlq	xmm0, 32
	pmuludq	xmm0, xmm0
	pshufd	xmm1, xmm1, 8
	pshufd	xmm0, xmm0, 8
	punpckldq	xmm1, xmm0
	movups	XMMWORD PTR -16[rax], xmm1
	cmp	rax, rdx
	jne	.L475
	mov	eax, esi
	and	eax, -4
	test	sil, 3
	je	.L479
.L474:
	mov	r8d, eax
	movsx	rdx, eax
	imul	r8d, eax
	lea	rdi, 0[0+rdx*4]
	mov	DWORD PTR [rcx+rdx*4], r8d
	lea	edx, 1[rax]
	cmp	edx, esi
	jge	.L472
	imul	edx, edx
	add	eax, 2
	mov	DWORD PTR 4[rcx+rdi], edx
	cmp	esi, eax
	jle	.L472
	imul	eax, eax
	mov	DWORD PTR 8[rcx+rdi], eax
.L472:
	ret
	.p2align 4,,10
	.p2align 3
.L479:
	ret
.L477:
	xor	eax, eax
	jmp	.L474
	.size	fill_squares, .-fill_squares
	.p2align 4
	.globl	zero_array
	.type	zero_array, @function
zero_array:
	test	esi, esi
	jle	.L480
	mov	esi, esi
	lea	rdx, 0[0+rsi*4]
	xor	esi, esi
	jmp	memset@PLT
	.p2align 4,,10
	.p2align 3
.L480:
	ret
	.size	zero_array, .-zero_array
	.p2align 4
	.globl	copy_array
	.type	copy_array, @function
copy_array:
	movsx	rax, edx
	test	eax, eax
	jle	.L482
	lea	edx, -1[rax]
	cmp	edx, 2
	jbe	.L484
	lea	rcx, 4[rsi]
	mov	rdx, rdi
	sub	rdx, rcx
	cmp	rdx, 8
	ja	.L491
.L484:
	lea	rdx, 0[0+rax*4]
	xor	eax, eax
	.p2align 4,,10
	.p2align 3
.L487:
	mov	ecx, DWORD PTR [rsi+rax]
	mov	DWORD PTR [rdi+rax], ecx
	add	rax, 4
	cmp	rdx, rax
	jne	.L487
.L482:
	ret
	.p2align 4,,10
	.p2align 3
.L491:
	mov	ecx, eax
	xor	edx, edx
	shr	ecx, 2
	sal	rcx, 4
	.p2align 4,,10
	.p2align 3
.L485:
	movdqu	xmm0, XMMWORD PTR [rsi+rdx]
	movups	XMMWORD PTR [rdi+rdx], xmm0
	add	rdx, 16
	cmp	rdx, rcx
	jne	.L485
	mov	edx, eax
	and	edx, -4
	test	al, 3
	je	.L482
	mov	r8d, edx
	mov	r9d, DWORD PTR [rsi+r8*4]
	lea	rcx, 0[0+r8*4]
	mov	DWORD PTR [rdi+r8*4], r9d
	lea	r8d, 1[rdx]
	cmp	eax, r8d
	jle	.L482
	mov	r8d, DWORD PTR 4[rsi+rcx]
	add	edx, 2
	mov	DWORD PTR 4[rdi+rcx], r8d
	cmp	eax, edx
	jle	.L482
	mov	eax, DWORD PTR 8[rsi+rcx]
	mov	DWORD PTR 8[rdi+rcx], eax
	ret
	.size	copy_array, .-copy_array
	.p2align 4
	.globl	majority_candidate
	.type	majority_candidate, @function
majority_candidate:
	test	esi, esi
	jle	.L497
	movsx	rsi, esi
	xor	edx, edx
	xor	ecx, ecx
	lea	rsi, [rdi+rsi*4]
	jmp	.L496
	.p2align 4,,10
	.p2align 3
.L500:
	mov	ecx, DWORD PTR [rdi]
	mov	eax, 1
	add	rdi, 4
	add	edx, eax
	cmp	rsi, rdi
	je	.L492
.L496:
	test	edx, edx
	je	.L500
	xor	eax, eax
	cmp	ecx, DWORD PTR [rdi]
	sete	al
	add	rdi, 4
	lea	eax, -1[rax+rax]
	add	edx, eax
	cmp	rsi, rdi
	jne	.L496
.L492:
	mov	eax, ecx
	ret
	.p2align 4,,10
	.p2align 3
.L497:
	xor	ecx, ecx
	mov	eax, ecx
	ret
	.size	majority_candidate, .-majority_candidate
	.p2align 4
	.globl	second_largest
	.type	second_largest, @function
second_largest:
	test	esi, esi
	jle	.L506
	movsx	rsi, esi
	mov	edx, -2147483648
	mov	ecx, -2147483648
	lea	rsi, [rdi+rsi*4]
	jmp	.L505
	.p2align 4,,10
	.p2align 3
.L513:
	je	.L503
	cmp	edx, eax
	cmovl	edx, eax
.L503:
	add	rdi, 4
	cmp	rsi, rdi
	je	.L501
.L505:
	mov	eax, DWORD PTR [rdi]
	cmp	ecx, eax
	jge	.L513
	add	rdi, 4
	mov	edx, ecx
	mov	ecx, eax
	cmp	rsi, rdi
	jne	.L505
.L501:
	mov	eax, edx
	ret
	.p2align 4,,10
	.p2align 3
.L506:
	mov	edx, -2147483648
	mov	eax, edx
	ret
	.size	second_largest, .-second_largest
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC0:
	.long	0
	.long	1
	.long	2
	.long	3
	.align 16
.LC1:
	.long	4
	.long	4
	.long	4
	.long	4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
