	.file	"switches.c"
	.intel_syntax noprefix
	.text
	.globl	days_in_month
	.type	days_in_month, @function
days_in_month:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	DWORD PTR -8[rbp], esi
	mov	eax, DWORD PTR -4[rbp]
	cmp	eax, 12
	seta	dl
	test	dl, dl
	jne	.L2
	mov	edx, 1
	mov	ecx, eax
	sal	rdx, cl
	mov	rax, rdx
	mov	rdx, rax
	and	edx, 5546
	test	rdx, rdx
	setne	dl
	test	dl, dl
	jne	.L3
	mov	rdx, rax
	and	edx, 2640
	test	rdx, rdx
	setne	dl
	test	dl, dl
	jne	.L4
	and	eax, 4
	test	rax, rax
	setne	al
	test	al, al
	jne	.L5
	jmp	.L2
.L3:
	mov	eax, 31
	jmp	.L6
.L4:
	mov	eax, 30
	jmp	.L6
.L5:
	cmp	DWORD PTR -8[rbp], 0
	je	.L7
	mov	eax, 29
	jmp	.L6
.L7:
	mov	eax, 28
	jmp	.L6
.L2:
	mov	eax, -1
.L6:
	pop	rbp
	ret
	.size	days_in_month, .-days_in_month
	.globl	opcode_cost
	.type	opcode_cost, @function
opcode_cost:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	cmp	DWORD PTR -4[rbp], 9
	ja	.L10
	mov	eax, DWORD PTR -4[rbp]
	lea	rdx, 0[0+rax*4]
	lea	rax, .L12[rip]
	mov	eax, DWORD PTR [rdx+rax]
	cdqe
	lea	rdx, .L12[rip]
	add	rax, rdx
	jmp	rax
	.section	.rodata
	.align 4
	.align 4
.L12:
	.long	.L21-.L12
	.long	.L20-.L12
	.long	.L19-.L12
	.long	.L18-.L12
	.long	.L17-.L12
	.long	.L16-.L12
	.long	.L15-.L12
	.long	.L14-.L12
	.long	.L13-.L12
	.long	.L11-.L12
	.text
.L21:
	mov	eax, 1
	jmp	.L22
.L20:
	mov	eax, 3
	jmp	.L22
.L19:
	mov	eax, 3
	jmp	.L22
.L18:
	mov	eax, 7
	jmp	.L22
.L17:
	mov	eax, 12
	jmp	.L22
.L16:
	mov	eax, 2
	jmp	.L22
.L15:
	mov	eax, 9
	jmp	.L22
.L14:
	mov	eax, 4
	jmp	.L22
.L13:
	mov	eax, 4
	jmp	.L22
.L11:
	mov	eax, 20
	jmp	.L22
.L10:
	mov	eax, 0
.L22:
	pop	rbp
	ret
	.size	opcode_cost, .-opcode_cost
	.globl	apply_op
	.type	apply_op, @function
apply_op:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	QWORD PTR -16[rbp], rsi
	mov	QWORD PTR -24[rbp], rdx
	cmp	DWORD PTR -4[rbp], 9
	ja	.L24
	mov	eax, DWORD PTR -4[rbp]
	lea	rdx, 0[0+rax*4]
	lea	rax, .L26[rip]
	mov	eax, DWORD PTR [rdx+rax]
	cdqe
	lea	rdx, .L26[rip]
	add	rax, rdx
	jmp	rax
	.section	.rodata
	.align 4
	.align 4
.L26:
	.long	.L35-.L26
	.long	.L34-.L26
	.long	.L33-.L26
	.long	.L32-.L26
	.long	.L31-.L26
	.long	.L30-.L26
	.long	.L29-.L26
	.long	.L28-.L26
	.long	.L27-.L26
	.long	.L25-.L26
	.text
.L35:
	mov	rdx, QWORD PTR -16[rbp]
	mov	rax, QWORD PTR -24[rbp]
	add	rax, rdx
	jmp	.L36
.L34:
	mov	rax, QWORD PTR -16[rbp]
	sub	rax, QWORD PTR -24[rbp]
	jmp	.L36
.L33:
	mov	rax, QWORD PTR -16[rbp]
	imul	rax, QWORD PTR -24[rbp]
	jmp	.L36
.L32:
	cmp	QWORD PTR -24[rbp], 0
	je	.L37
	mov	rax, QWORD PTR -16[rbp]
	cqo
	idiv	QWORD PTR -24[rbp]
	jmp	.L36
.L37:
	mov	eax, 0
	jmp	.L36
.L31:
	cmp	QWORD PTR -24[rbp], 0
	je	.L39
	mov	rax, QWORD PTR -16[rbp]
	cqo
	idiv	QWORD PTR -24[rbp]
	mov	rax, rdx
	jmp	.L36
.L39:
	mov	eax, 0
	jmp	.L36
.L30:
	mov	rax, QWORD PTR -16[rbp]
	and	rax, QWORD PTR -24[rbp]
	jmp	.L36
.L29:
	mov	rax, QWORD PTR -16[rbp]
	or	rax, QWORD PTR -24[rbp]
	jmp	.L36
.L28:
	mov	rax, QWORD PTR -16[rbp]
	xor	rax, QWORD PTR -24[rbp]
	jmp	.L36
.L27:
	mov	rax, QWORD PTR -24[rbp]
	and	eax, 63
	mov	rdx, QWORD PTR -16[rbp]
	mov	ecx, eax
	sal	rdx, cl
	mov	rax, rdx
	jmp	.L36
.L25:
	mov	rax, QWORD PTR -24[rbp]
	and	eax, 63
	mov	rdx, QWORD PTR -16[rbp]
	mov	ecx, eax
	sar	rdx, cl
	mov	rax, rdx
	jmp	.L36
.L24:
	mov	rax, -1
.L36:
	pop	rbp
	ret
	.size	apply_op, .-apply_op
	.globl	char_class
	.type	char_class, @function
char_class:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	cmp	DWORD PTR -4[rbp], 125
	jg	.L42
	cmp	DWORD PTR -4[rbp], 91
	jge	.L43
	cmp	DWORD PTR -4[rbp], 32
	jg	.L44
	cmp	DWORD PTR -4[rbp], 9
	jge	.L45
	jmp	.L42
.L43:
	mov	eax, DWORD PTR -4[rbp]
	sub	eax, 91
	movabs	rdx, 21474836485
	mov	ecx, eax
	shr	rdx, cl
	mov	rax, rdx
	and	eax, 1
	test	rax, rax
	setne	al
	test	al, al
	jne	.L46
	jmp	.L42
.L50:
	mov	eax, DWORD PTR -4[rbp]
	mov	edx, 1
	mov	ecx, eax
	sal	rdx, cl
	mov	rax, rdx
	movabs	rdx, 287948901175001088
	and	rdx, rax
	test	rdx, rdx
	setne	dl
	test	dl, dl
	jne	.L47
	movabs	rdx, 189253438930944
	and	rdx, rax
	test	rdx, rdx
	setne	dl
	test	dl, dl
	jne	.L48
	movabs	rdx, 3298534883328
	and	rax, rdx
	test	rax, rax
	setne	al
	test	al, al
	jne	.L46
	jmp	.L42
.L45:
	mov	eax, DWORD PTR -4[rbp]
	movabs	rdx, 4294977024
	mov	ecx, eax
	shr	rdx, cl
	mov	rax, rdx
	and	eax, 1
	test	rax, rax
	setne	al
	test	al, al
	jne	.L49
	jmp	.L42
.L44:
	cmp	DWORD PTR -4[rbp], 57
	jg	.L42
	cmp	DWORD PTR -4[rbp], 37
	jge	.L50
	jmp	.L42
.L49:
	mov	eax, 1
	jmp	.L51
.L47:
	mov	eax, 2
	jmp	.L51
.L48:
	mov	eax, 3
	jmp	.L51
.L46:
	mov	eax, 4
	jmp	.L51
.L42:
	mov	eax, 0
.L51:
	pop	rbp
	ret
	.size	char_class, .-char_class
	.globl	http_status_class
	.type	http_status_class, @function
http_status_class:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	cmp	DWORD PTR -4[rbp], 503
	je	.L53
	cmp	DWORD PTR -4[rbp], 503
	jg	.L54
	cmp	DWORD PTR -4[rbp], 500
	je	.L55
	cmp	DWORD PTR -4[rbp], 500
	jg	.L54
	cmp	DWORD PTR -4[rbp], 404
	je	.L56
	cmp	DWORD PTR -4[rbp], 404
	jg	.L54
	cmp	DWORD PTR -4[rbp], 403
	je	.L57
	cmp	DWORD PTR -4[rbp], 403
	jg	.L54
	cmp	DWORD PTR -4[rbp], 401
	je	.L58
	cmp	DWORD PTR -4[rbp], 401
	jg	.L54
	cmp	DWORD PTR -4[rbp], 400
	je	.L59
	cmp	DWORD PTR -4[rbp], 400
	jg	.L54
	cmp	DWORD PTR -4[rbp], 304
	je	.L60
	cmp	DWORD PTR -4[rbp], 304
	jg	.L54
	cmp	DWORD PTR -4[rbp], 302
	je	.L61
	cmp	DWORD PTR -4[rbp], 302
	jg	.L54
	cmp	DWORD PTR -4[rbp], 301
	je	.L62
	cmp	DWORD PTR -4[rbp], 301
	jg	.L54
	cmp	DWORD PTR -4[rbp], 204
	je	.L63
	cmp	DWORD PTR -4[rbp], 204
	jg	.L54
	cmp	DWORD PTR -4[rbp], 200
	je	.L64
	cmp	DWORD PTR -4[rbp], 201
	je	.L65
	jmp	.L54
.L64:
	mov	eax, 1
	jmp	.L66
.L65:
	mov	eax, 1
	jmp	.L66
.L63:
	mov	eax, 1
	jmp	.L66
.L62:
	mov	eax, 2
	jmp	.L66
.L61:
	mov	eax, 2
	jmp	.L66
.L60:
	mov	eax, 2
	jmp	.L66
.L59:
	mov	eax, 3
	jmp	.L66
.L58:
	mov	eax, 3
	jmp	.L66
.L57:
	mov	eax, 3
	jmp	.L66
.L56:
	mov	eax, 3
	jmp	.L66
.L55:
	mov	eax, 4
	jmp	.L66
.L53:
	mov	eax, 4
	jmp	.L66
.L54:
	mov	eax, 0
.L66:
	pop	rbp
	ret
	.size	http_status_class, .-http_status_class
	.globl	roman_value
	.type	roman_value, @function
roman_value:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	eax, DWORD PTR -4[rbp]
	sub	eax, 67
	cmp	eax, 21
	ja	.L68
	mov	eax, eax
	lea	rdx, 0[0+rax*4]
	lea	rax, .L70[rip]
	mov	eax, DWORD PTR [rdx+rax]
	cdqe
	lea	rdx, .L70[rip]
	add	rax, rdx
	jmp	rax
	.section	.rodata
	.align 4
	.align 4
.L70:
	.long	.L76-.L70
	.long	.L75-.L70
	.long	.L68-.L70
	.long	.L68-.L70
	.long	.L68-.L70
	.long	.L68-.L70
	.long	.L74-.L70
	.long	.L68-.L70
	.long	.L68-.L70
	.long	.L73-.L70
	.long	.L72-.L70
	.long	.L68-.L70
	.long	.L68-.L70
	.long	.L68-.L70
	.long	.L68-.L70
	.long	.L68-.L70
	.long	.L68-.L70
	.long	.L68-.L70
	.long	.L68-.L70
	.long	.L71-.L70
	.long	.L68-.L70
	.long	.L69-.L70
	.text
.L74:
	mov	eax, 1
	jmp	.L77
.L71:
	mov	eax, 5
	jmp	.L77
.L69:
	mov	eax, 10
	jmp	.L77
.L73:
	mov	eax, 50
	jmp	.L77
.L76:
	mov	eax, 100
	jmp	.L77
.L75:
	mov	eax, 500
	jmp	.L77
.L72:
	mov	eax, 1000
	jmp	.L77
.L68:
	mov	eax, 0
.L77:
	pop	rbp
	ret
	.size	roman_value, .-roman_value
	.globl	roman_to_int
	.type	roman_to_int, @function
roman_to_int:
	push	rbp
	mov	rbp, rsp
	sub	rsp, 24
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -4[rbp], 0
	jmp	.L79
.L82:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	movsx	eax, al
	mov	edi, eax
	call	roman_value
	mov	DWORD PTR -8[rbp], eax
	mov	rax, QWORD PTR -24[rbp]
	add	rax, 1
	movzx	eax, BYTE PTR [rax]
	movsx	eax, al
	mov	edi, eax
	call	roman_value
	mov	DWORD PTR -12[rbp], eax
	mov	eax, DWORD PTR -8[rbp]
	cmp	eax, DWORD PTR -12[rbp]
	jge	.L80
	mov	eax, DWORD PTR -8[rbp]
	neg	eax
	jmp	.L81
.L80:
	mov	eax, DWORD PTR -8[rbp]
.L81:
	add	DWORD PTR -4[rbp], eax
	add	QWORD PTR -24[rbp], 1
.L79:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L82
	mov	eax, DWORD PTR -4[rbp]
	leave
	ret
	.size	roman_to_int, .-roman_to_int
	.globl	fallthrough_sum
	.type	fallthrough_sum, @function
fallthrough_sum:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -20[rbp], edi
	mov	DWORD PTR -4[rbp], 0
	cmp	DWORD PTR -20[rbp], 5
	ja	.L85
	mov	eax, DWORD PTR -20[rbp]
	lea	rdx, 0[0+rax*4]
	lea	rax, .L87[rip]
	mov	eax, DWORD PTR [rdx+rax]
	cdqe
	lea	rdx, .L87[rip]
	add	rax, rdx
	jmp	rax
	.section	.rodata
	.align 4
	.align 4
.L87:
	.long	.L85-.L87
	.long	.L91-.L87
	.long	.L90-.L87
	.long	.L89-.L87
	.long	.L88-.L87
	.long	.L86-.L87
	.text
.L86:
	add	DWORD PTR -4[rbp], 5
.L88:
	add	DWORD PTR -4[rbp], 4
.L89:
	add	DWORD PTR -4[rbp], 3
.L90:
	add	DWORD PTR -4[rbp], 2
.L91:
	add	DWORD PTR -4[rbp], 1
	jmp	.L92
.L85:
	mov	DWORD PTR -4[rbp], -1
.L92:
	mov	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	fallthrough_sum, .-fallthrough_sum
	.globl	weekday_mask
	.type	weekday_mask, @function
weekday_mask:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	cmp	DWORD PTR -4[rbp], 6
	ja	.L95
	mov	eax, DWORD PTR -4[rbp]
	lea	rdx, 0[0+rax*4]
	lea	rax, .L97[rip]
	mov	eax, DWORD PTR [rdx+rax]
	cdqe
	lea	rdx, .L97[rip]
	add	rax, rdx
	jmp	rax
	.section	.rodata
	.align 4
	.align 4
.L97:
	.long	.L103-.L97
	.long	.L102-.L97
	.long	.L101-.L97
	.long	.L100-.L97
	.long	.L99-.L97
	.long	.L98-.L97
	.long	.L96-.L97
	.text
.L103:
	mov	eax, 1
	jmp	.L104
.L102:
	mov	eax, 2
	jmp	.L104
.L101:
	mov	eax, 4
	jmp	.L104
.L100:
	mov	eax, 8
	jmp	.L104
.L99:
	mov	eax, 16
	jmp	.L104
.L98:
	mov	eax, 32
	jmp	.L104
.L96:
	mov	eax, 64
	jmp	.L104
.L95:
	mov	eax, 0
.L104:
	pop	rbp
	ret
	.size	weekday_mask, .-weekday_mask
	.globl	is_prime_small
	.type	is_prime_small, @function
is_prime_small:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	cmp	DWORD PTR -4[rbp], 31
	seta	al
	test	al, al
	jne	.L106
	mov	eax, DWORD PTR -4[rbp]
	mov	edx, 2693408940
	mov	ecx, eax
	shr	rdx, cl
	mov	rax, rdx
	and	eax, 1
	test	rax, rax
	setne	al
	test	al, al
	je	.L106
	mov	eax, 1
	jmp	.L107
.L106:
	mov	eax, 0
.L107:
	pop	rbp
	ret
	.size	is_prime_small, .-is_prime_small
	.globl	hex_digit_value
	.type	hex_digit_value, @function
hex_digit_value:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	eax, DWORD PTR -4[rbp]
	sub	eax, 48
	cmp	eax, 54
	ja	.L109
	mov	eax, eax
	lea	rdx, 0[0+rax*4]
	lea	rax, .L111[rip]
	mov	eax, DWORD PTR [rdx+rax]
	cdqe
	lea	rdx, .L111[rip]
	add	rax, rdx
	jmp	rax
	.section	.rodata
	.align 4
	.align 4
.L111:
	.long	.L126-.L111
	.long	.L125-.L111
	.long	.L124-.L111
	.long	.L123-.L111
	.long	.L122-.L111
	.long	.L121-.L111
	.long	.L120-.L111
	.long	.L119-.L111
	.long	.L118-.L111
	.long	.L117-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L116-.L111
	.long	.L115-.L111
	.long	.L114-.L111
	.long	.L113-.L111
	.long	.L112-.L111
	.long	.L110-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L109-.L111
	.long	.L116-.L111
	.long	.L115-.L111
	.long	.L114-.L111
	.long	.L113-.L111
	.long	.L112-.L111
	.long	.L110-.L111
	.text
.L126:
	mov	eax, 0
	jmp	.L127
.L125:
	mov	eax, 1
	jmp	.L127
.L124:
	mov	eax, 2
	jmp	.L127
.L123:
	mov	eax, 3
	jmp	.L127
.L122:
	mov	eax, 4
	jmp	.L127
.L121:
	mov	eax, 5
	jmp	.L127
.L120:
	mov	eax, 6
	jmp	.L127
.L119:
	mov	eax, 7
	jmp	.L127
.L118:
	mov	eax, 8
	jmp	.L127
.L117:
	mov	eax, 9
	jmp	.L127
.L116:
	mov	eax, 10
	jmp	.L127
.L115:
	mov	eax, 11
	jmp	.L127
.L114:
	mov	eax, 12
	jmp	.L127
.L113:
	mov	eax, 13
	jmp	.L127
.L112:
	mov	eax, 14
	jmp	.L127
.L110:
	mov	eax, 15
	jmp	.L127
.L109:
	mov	eax, -1
.L127:
	pop	rbp
	ret
	.size	hex_digit_value, .-hex_digit_value
	.globl	scale_unit
	.type	scale_unit, @function
scale_unit:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	QWORD PTR -16[rbp], rsi
	mov	eax, DWORD PTR -4[rbp]
	sub	eax, 71
	cmp	eax, 38
	ja	.L129
	mov	eax, eax
	lea	rdx, 0[0+rax*4]
	lea	rax, .L131[rip]
	mov	eax, DWORD PTR [rdx+rax]
	cdqe
	lea	rdx, .L131[rip]
	add	rax, rdx
	jmp	rax
	.section	.rodata
	.align 4
	.align 4
.L131:
	.long	.L135-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L134-.L131
	.long	.L129-.L131
	.long	.L133-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L129-.L131
	.long	.L132-.L131
	.long	.L129-.L131
	.long	.L130-.L131
	.text
.L132:
	mov	rax, QWORD PTR -16[rbp]
	imul	rax, rax, 1000
	jmp	.L136
.L133:
	mov	rax, QWORD PTR -16[rbp]
	imul	rax, rax, 1000000
	jmp	.L136
.L135:
	mov	rax, QWORD PTR -16[rbp]
	imul	rax, rax, 1000000000
	jmp	.L136
.L134:
	mov	rax, QWORD PTR -16[rbp]
	sal	rax, 10
	jmp	.L136
.L130:
	mov	rax, QWORD PTR -16[rbp]
	sal	rax, 20
	jmp	.L136
.L129:
	mov	rax, QWORD PTR -16[rbp]
.L136:
	pop	rbp
	ret
	.size	scale_unit, .-scale_unit
	.globl	tokens_cost
	.type	tokens_cost, @function
tokens_cost:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -24[rbp], rdi
	mov	DWORD PTR -4[rbp], 0
	jmp	.L138
.L147:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	movsx	eax, al
	sub	eax, 34
	cmp	eax, 25
	ja	.L149
	mov	eax, eax
	lea	rdx, 0[0+rax*4]
	lea	rax, .L141[rip]
	mov	eax, DWORD PTR [rdx+rax]
	cdqe
	lea	rdx, .L141[rip]
	add	rax, rdx
	jmp	rax
	.section	.rodata
	.align 4
	.align 4
.L141:
	.long	.L145-.L141
	.long	.L149-.L141
	.long	.L149-.L141
	.long	.L149-.L141
	.long	.L149-.L141
	.long	.L149-.L141
	.long	.L144-.L141
	.long	.L143-.L141
	.long	.L149-.L141
	.long	.L149-.L141
	.long	.L142-.L141
	.long	.L149-.L141
	.long	.L149-.L141
	.long	.L149-.L141
	.long	.L149-.L141
	.long	.L149-.L141
	.long	.L149-.L141
	.long	.L149-.L141
	.long	.L149-.L141
	.long	.L149-.L141
	.long	.L149-.L141
	.long	.L149-.L141
	.long	.L149-.L141
	.long	.L149-.L141
	.long	.L149-.L141
	.long	.L140-.L141
	.text
.L144:
	add	DWORD PTR -4[rbp], 2
	jmp	.L146
.L143:
	add	DWORD PTR -4[rbp], 2
	jmp	.L146
.L142:
	add	DWORD PTR -4[rbp], 1
	jmp	.L146
.L140:
	add	DWORD PTR -4[rbp], 5
	jmp	.L146
.L145:
	add	DWORD PTR -4[rbp], 3
	jmp	.L146
.L149:
	nop
.L146:
	add	QWORD PTR -24[rbp], 1
.L138:
	mov	rax, QWORD PTR -24[rbp]
	movzx	eax, BYTE PTR [rax]
	test	al, al
	jne	.L147
	mov	eax, DWORD PTR -4[rbp]
	pop	rbp
	ret
	.size	tokens_cost, .-tokens_cost
	.globl	month_from_letters
	.type	month_from_letters, @function
month_from_letters:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	DWORD PTR -8[rbp], esi
	mov	DWORD PTR -12[rbp], edx
	mov	eax, DWORD PTR -4[rbp]
	sub	eax, 65
	cmp	eax, 18
	ja	.L151
	mov	eax, eax
	lea	rdx, 0[0+rax*4]
	lea	rax, .L153[rip]
	mov	eax, DWORD PTR [rdx+rax]
	cdqe
	lea	rdx, .L153[rip]
	add	rax, rdx
	jmp	rax
	.section	.rodata
	.align 4
	.align 4
.L153:
	.long	.L160-.L153
	.long	.L151-.L153
	.long	.L151-.L153
	.long	.L159-.L153
	.long	.L151-.L153
	.long	.L158-.L153
	.long	.L151-.L153
	.long	.L151-.L153
	.long	.L151-.L153
	.long	.L157-.L153
	.long	.L151-.L153
	.long	.L151-.L153
	.long	.L156-.L153
	.long	.L155-.L153
	.long	.L154-.L153
	.long	.L151-.L153
	.long	.L151-.L153
	.long	.L151-.L153
	.long	.L152-.L153
	.text
.L157:
	cmp	DWORD PTR -8[rbp], 97
	je	.L161
	cmp	DWORD PTR -12[rbp], 110
	jne	.L162
	mov	eax, 6
	jmp	.L165
.L162:
	mov	eax, 7
	jmp	.L165
.L161:
	mov	eax, 1
	jmp	.L165
.L158:
	mov	eax, 2
	jmp	.L165
.L156:
	cmp	DWORD PTR -12[rbp], 114
	jne	.L166
	mov	eax, 3
	jmp	.L165
.L166:
	mov	eax, 5
	jmp	.L165
.L160:
	cmp	DWORD PTR -8[rbp], 112
	jne	.L168
	mov	eax, 4
	jmp	.L165
.L168:
	mov	eax, 8
	jmp	.L165
.L152:
	mov	eax, 9
	jmp	.L165
.L154:
	mov	eax, 10
	jmp	.L165
.L155:
	mov	eax, 11
	jmp	.L165
.L159:
	mov	eax, 12
	jmp	.L165
.L151:
	mov	eax, 0
.L165:
	pop	rbp
	ret
	.size	month_from_letters, .-month_from_letters
	.globl	grade_points
	.type	grade_points, @function
grade_points:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	eax, DWORD PTR -4[rbp]
	movsx	rdx, eax
	imul	rdx, rdx, 1717986919
	shr	rdx, 32
	mov	ecx, edx
	sar	ecx, 2
	cdq
	mov	eax, ecx
	sub	eax, edx
	cmp	eax, 10
	jg	.L171
	cmp	eax, 9
	jge	.L172
	cmp	eax, 8
	je	.L173
	cmp	eax, 8
	jg	.L171
	cmp	eax, 6
	je	.L174
	cmp	eax, 7
	je	.L175
	jmp	.L171
.L172:
	mov	eax, 4
	jmp	.L176
.L173:
	mov	eax, 3
	jmp	.L176
.L175:
	mov	eax, 2
	jmp	.L176
.L174:
	mov	eax, 1
	jmp	.L176
.L171:
	mov	eax, 0
.L176:
	pop	rbp
	ret
	.size	grade_points, .-grade_points
	.globl	shift_by_kind
	.type	shift_by_kind, @function
shift_by_kind:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	QWORD PTR -16[rbp], rsi
	mov	eax, DWORD PTR -4[rbp]
	and	eax, 7
	cmp	eax, 6
	ja	.L178
	mov	eax, eax
	lea	rdx, 0[0+rax*4]
	lea	rax, .L180[rip]
	mov	eax, DWORD PTR [rdx+rax]
	cdqe
	lea	rdx, .L180[rip]
	add	rax, rdx
	jmp	rax
	.section	.rodata
	.align 4
	.align 4
.L180:
	.long	.L186-.L180
	.long	.L185-.L180
	.long	.L184-.L180
	.long	.L183-.L180
	.long	.L182-.L180
	.long	.L181-.L180
	.long	.L179-.L180
	.text
.L186:
	mov	rax, QWORD PTR -16[rbp]
	jmp	.L187
.L185:
	mov	rax, QWORD PTR -16[rbp]
	add	rax, rax
	jmp	.L187
.L184:
	mov	rax, QWORD PTR -16[rbp]
	shr	rax
	jmp	.L187
.L183:
	mov	rax, QWORD PTR -16[rbp]
	sal	rax, 8
	jmp	.L187
.L182:
	mov	rax, QWORD PTR -16[rbp]
	shr	rax, 8
	jmp	.L187
.L181:
	mov	rax, QWORD PTR -16[rbp]
	not	rax
	jmp	.L187
.L179:
	mov	rax, QWORD PTR -16[rbp]
	neg	rax
	jmp	.L187
.L178:
	mov	rdx, QWORD PTR -16[rbp]
	mov	rax, rdx
	add	rax, rax
	add	rax, rdx
.L187:
	pop	rbp
	ret
	.size	shift_by_kind, .-shift_by_kind
	.globl	vowel_index
	.type	vowel_index, @function
vowel_index:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	eax, DWORD PTR -4[rbp]
	sub	eax, 97
	cmp	eax, 24
	ja	.L189
	mov	eax, eax
	lea	rdx, 0[0+rax*4]
	lea	rax, .L191[rip]
	mov	eax, DWORD PTR [rdx+rax]
	cdqe
	lea	rdx, .L191[rip]
	add	rax, rdx
	jmp	rax
	.section	.rodata
	.align 4
	.align 4
.L191:
	.long	.L196-.L191
	.long	.L189-.L191
	.long	.L189-.L191
	.long	.L189-.L191
	.long	.L195-.L191
	.long	.L189-.L191
	.long	.L189-.L191
	.long	.L189-.L191
	.long	.L194-.L191
	.long	.L189-.L191
	.long	.L189-.L191
	.long	.L189-.L191
	.long	.L189-.L191
	.long	.L189-.L191
	.long	.L193-.L191
	.long	.L189-.L191
	.long	.L189-.L191
	.long	.L189-.L191
	.long	.L189-.L191
	.long	.L189-.L191
	.long	.L192-.L191
	.long	.L189-.L191
	.long	.L189-.L191
	.long	.L189-.L191
	.long	.L190-.L191
	.text
.L196:
	mov	eax, 0
	jmp	.L197
.L195:
	mov	eax, 1
	jmp	.L197
.L194:
	mov	eax, 2
	jmp	.L197
.L193:
	mov	eax, 3
	jmp	.L197
.L192:
	mov	eax, 4
	jmp	.L197
.L190:
	mov	eax, 5
	jmp	.L197
.L189:
	mov	eax, -1
.L197:
	pop	rbp
	ret
	.size	vowel_index, .-vowel_index
	.globl	big_switch
	.type	big_switch, @function
big_switch:
	push	rbp
	mov	rbp, rsp
	mov	DWORD PTR -4[rbp], edi
	mov	eax, DWORD PTR -4[rbp]
	sub	eax, 10
	cmp	eax, 17
	ja	.L199
	mov	eax, eax
	lea	rdx, 0[0+rax*4]
	lea	rax, .L201[rip]
	mov	eax, DWORD PTR [rdx+rax]
	cdqe
	lea	rdx, .L201[rip]
	add	rax, rdx
	jmp	rax
	.section	.rodata
	.align 4
	.align 4
.L201:
	.long	.L218-.L201
	.long	.L217-.L201
	.long	.L216-.L201
	.long	.L215-.L201
	.long	.L214-.L201
	.long	.L213-.L201
	.long	.L212-.L201
	.long	.L211-.L201
	.long	.L210-.L201
	.long	.L209-.L201
	.long	.L208-.L201
	.long	.L207-.L201
	.long	.L206-.L201
	.long	.L205-.L201
	.long	.L204-.L201
	.long	.L203-.L201
	.long	.L202-.L201
	.long	.L200-.L201
	.text
.L218:
	mov	eax, 3
	jmp	.L219
.L217:
	mov	eax, 1
	jmp	.L219
.L216:
	mov	eax, 4
	jmp	.L219
.L215:
	mov	eax, 1
	jmp	.L219
.L214:
	mov	eax, 5
	jmp	.L219
.L213:
	mov	eax, 9
	jmp	.L219
.L212:
	mov	eax, 2
	jmp	.L219
.L211:
	mov	eax, 6
	jmp	.L219
.L210:
	mov	eax, 5
	jmp	.L219
.L209:
	mov	eax, 3
	jmp	.L219
.L208:
	mov	eax, 5
	jmp	.L219
.L207:
	mov	eax, 8
	jmp	.L219
.L206:
	mov	eax, 9
	jmp	.L219
.L205:
	mov	eax, 7
	jmp	.L219
.L204:
	mov	eax, 9
	jmp	.L219
.L203:
	mov	eax, 3
	jmp	.L219
.L202:
	mov	eax, 2
	jmp	.L219
.L200:
	mov	eax, 3
	jmp	.L219
.L199:
	mov	eax, DWORD PTR -4[rbp]
.L219:
	pop	rbp
	ret
	.size	big_switch, .-big_switch
	.globl	sparse_switch
	.type	sparse_switch, @function
sparse_switch:
	push	rbp
	mov	rbp, rsp
	mov	QWORD PTR -8[rbp], rdi
	movabs	rax, 1099511627776
	cmp	QWORD PTR -8[rbp], rax
	je	.L221
	movabs	rax, 1099511627776
	cmp	QWORD PTR -8[rbp], rax
	jg	.L222
	cmp	QWORD PTR -8[rbp], 4096
	je	.L223
	cmp	QWORD PTR -8[rbp], 4096
	jg	.L222
	cmp	QWORD PTR -8[rbp], 99
	je	.L224
	cmp	QWORD PTR -8[rbp], 99
	jg	.L222
	cmp	QWORD PTR -8[rbp], 0
	je	.L225
	cmp	QWORD PTR -8[rbp], 0
	jg	.L222
	cmp	QWORD PTR -8[rbp], -1000000
	je	.L226
	cmp	QWORD PTR -8[rbp], -7
	je	.L227
	jmp	.L222
.L226:
	mov	eax, 1
	jmp	.L228
.L227:
	mov	eax, 2
	jmp	.L228
.L225:
	mov	eax, 3
	jmp	.L228
.L224:
	mov	eax, 4
	jmp	.L228
.L223:
	mov	eax, 5
	jmp	.L228
.L221:
	mov	eax, 6
	jmp	.L228
.L222:
	mov	eax, 0
.L228:
	pop	rbp
	ret
	.size	sparse_switch, .-sparse_switch
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
